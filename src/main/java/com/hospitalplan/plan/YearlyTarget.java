package com.hospitalplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An indicator's target for one year of the plan, as the document writes it. */
@Embeddable
public record YearlyTarget(
        int year, @Column(name = "target_text") String targetText) {}
