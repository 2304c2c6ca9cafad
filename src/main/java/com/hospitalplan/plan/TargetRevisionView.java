package com.hospitalplan.plan;

import java.time.Instant;

/** One adjustment of a target: original and adjusted wording, who, when and why. */
public record TargetRevisionView(
        Integer year, String oldText, String newText, String reason, String revisedBy, Instant revisedAt) {}
