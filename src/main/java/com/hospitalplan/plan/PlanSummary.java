package com.hospitalplan.plan;

/** One line of the plan list. */
public record PlanSummary(
        Long id,
        String key,
        String title,
        String issuer,
        String ownerName,
        PlanStatus status,
        int startYear,
        int endYear,
        long goalCount,
        long indicatorCount) {}
