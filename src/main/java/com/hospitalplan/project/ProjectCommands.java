package com.hospitalplan.project;

import java.math.BigDecimal;
import java.util.List;

/** What a planner enters about a project. */
public final class ProjectCommands {

    private ProjectCommands() {}

    /** The project's description and its phases, in order. */
    public record SaveProject(
            String name,
            ProjectKind kind,
            Long institutionId,
            Long goalId,
            String location,
            String description,
            List<Phase> phases) {

        public SaveProject {
            phases = List.copyOf(phases);
        }
    }

    /** 一期 and what it holds. */
    public record Phase(String name, String description) {}

    /**
     * A figure of the project ({@code phase} null) or of its phase at that position (1 = the first), planned and
     * actual (either may be null), in a unit its measure allows.
     */
    public record Figure(Measure measure, Integer phase, String unit, BigDecimal planned, BigDecimal actual) {}

    /** Investment in 万元 from a source, in a year (null: the whole project); amount null: not stated. */
    public record Funding(FundingSource source, Integer year, BigDecimal amount, String note) {}
}
