package com.hospitalplan.plan;

import jakarta.persistence.Embeddable;

/** An institution or a region a plan covers: exactly one of the two is set. */
@Embeddable
record Coverage(Long organizationId, String regionCode) {}
