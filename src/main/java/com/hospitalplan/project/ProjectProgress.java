package com.hospitalplan.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A project's progress as its unit reports it in one report (a period): investment completed and funds arrived in the
 * period (万元), percent of the works done (形象进度, as stated), the current stage, and problems.
 */
@Entity
class ProjectProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long projectId;
    private Long reportId;
    private BigDecimal investmentCompleted;
    private BigDecimal fundsArrived;
    private BigDecimal worksPercent;
    private Long stageId;
    private String problems;
    private Instant updatedAt;

    protected ProjectProgress() {}

    ProjectProgress(Long projectId, Long reportId) {
        this.projectId = projectId;
        this.reportId = reportId;
    }

    /** Takes the entered figures; whether anything changed. */
    boolean enter(ProgressFigures figures, Instant now) {
        if (figures.equals(figures())) {
            return false;
        }
        investmentCompleted = figures.investment();
        fundsArrived = figures.funds();
        worksPercent = figures.worksPercent();
        stageId = figures.stageId();
        problems = figures.problems();
        updatedAt = now;
        return true;
    }

    ProgressFigures figures() {
        return new ProgressFigures(investmentCompleted, fundsArrived, worksPercent, stageId, problems);
    }

    Long projectId() {
        return projectId;
    }

    Long reportId() {
        return reportId;
    }

    /** The figures of one project in one period, as entered; any may be null (not reported). */
    record ProgressFigures(
            BigDecimal investment, BigDecimal funds, BigDecimal worksPercent, Long stageId, String problems) {

        static final ProgressFigures NONE = new ProgressFigures(null, null, null, null, null);

        @Override
        public boolean equals(Object other) {
            return other instanceof ProgressFigures o
                    && same(investment, o.investment)
                    && same(funds, o.funds)
                    && same(worksPercent, o.worksPercent)
                    && Objects.equals(stageId, o.stageId)
                    && Objects.equals(problems, o.problems);
        }

        @Override
        public int hashCode() {
            return Objects.hash(stageId, problems);
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }
}
