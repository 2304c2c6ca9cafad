package com.hospitalplan.plan;

/** A responsible unit as shown: its name and whether it leads. */
public record ResponsibleUnit(Long organizationId, String name, boolean leading) {}
