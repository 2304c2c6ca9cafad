package com.hospitalplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record MilestoneView(
        Long id,
        Long goalId,
        String title,
        String description,
        int dueYear,
        LocalDate dueDate,
        BigDecimal plannedCost,
        List<SubTargetView> subTargets,
        long version) {}
