package com.hospitalplan.dashboard;

/**
 * An institution (or department) as the dashboards know it: where it is and which grade it has, for choosing the
 * target that applies to it and the regions it rolls up into.
 */
record Unit(Long id, String name, Long parentId, String regionCode, String regionName, String grade) {}
