package com.hospitalplan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A quantitative part of a milestone: "引进博士 1-2人". */
@Embeddable
public record SubTarget(
        String label, @Column(name = "target_text") String targetText) {}
