package com.hospitalplan.project;

import java.math.BigDecimal;

/** A project in its plan's list. */
public record ProjectSummary(
        Long id,
        String name,
        ProjectKind kind,
        String institutionName,
        String currentStage,
        String nextStage,
        VagueDate nextPlanned,
        boolean slipped,
        boolean behindSchedule,
        BigDecimal totalInvestment,
        boolean investmentComplete) {}
