package com.hospitalplan.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A milestone as shown and served by the API: its definition (unwrapped into the JSON) and its sub-targets. */
public record MilestoneView(
        Long id,
        Long goalId,
        @JsonUnwrapped MilestoneDefinition definition,
        List<SubTargetView> subTargets,
        long version) {}
