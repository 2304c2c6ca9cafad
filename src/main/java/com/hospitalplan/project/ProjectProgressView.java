package com.hospitalplan.project;

import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.report.ReportViews;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the pages show of projects' reported progress: the report form's section and a project's periods. */
public final class ProjectProgressView {

    private ProjectProgressView() {}

    /**
     * The 建设项目进度 section of a report: the unit's projects of the plan.
     *
     * @param periodId the report's period, which names the unit's progress workbook
     * @param problems parameter name → message key, of a refused save
     */
    public record Section(
            Long periodId, List<FormRow> rows, List<ProjectService.StageChoice> stages, Map<String, String> problems) {}

    /**
     * A project on the report form: what is entered (as typed after a refused save), the cumulative figures of the
     * approved periods before, and, with this period, the cumulative figures and rates.
     */
    public record FormRow(
            Long projectId,
            String name,
            InvestmentTable.Total planned,
            Map<String, String> entered,
            String stageName,
            BigDecimal investmentBefore,
            BigDecimal fundsBefore,
            ProgressRates.Line<Long> withThisPeriod,
            BigDecimal worksPercent) {

        /** The form parameter of one of its fields. */
        public String param(String field) {
            return ProgressInput.param(projectId, field);
        }

        /** Whether the stated 形象进度 is above 100 % (flagged, not refused). */
        public boolean worksOverFull() {
            return ProgressInput.overFull(worksPercent);
        }
    }

    /** A project's reported period on its page: approved, or submitted and pending review. */
    public record PeriodRow(
            ReportViews.PeriodView period,
            ReportStatus status,
            BigDecimal investment,
            BigDecimal funds,
            BigDecimal worksPercent,
            String stageName,
            String problems,
            ProgressRates.Line<Long> line) {

        public boolean pending() {
            return status != ReportStatus.APPROVED;
        }

        /** Whether the stated 形象进度 is above 100 % (flagged, not refused). */
        public boolean worksOverFull() {
            return ProgressInput.overFull(worksPercent);
        }
    }

    /**
     * A project's progress in one report, as the API gives it: the period's figures as entered (null: not reported),
     * the cumulative figures of the approved periods before, and, with this period, the cumulative figures and the
     * rates (derived, never stated).
     *
     * @param worksOverFull the stated 形象进度 is above 100 % (flagged, not refused)
     */
    public record ReportRow(
            Long projectId,
            String name,
            InvestmentTable.Total planned,
            BigDecimal investment,
            BigDecimal funds,
            BigDecimal worksPercent,
            boolean worksOverFull,
            Long stageId,
            String stageName,
            String problems,
            BigDecimal investmentBefore,
            BigDecimal fundsBefore,
            BigDecimal cumulativeInvestment,
            BigDecimal cumulativeFunds,
            ProgressRates.Rate investmentRate,
            ProgressRates.Rate fundsRate) {}

    /**
     * A project's reported period as the API gives it: approved, or submitted and pending review.
     *
     * @param worksOverFull the stated 形象进度 is above 100 % (flagged, not refused)
     */
    public record ReportedPeriod(
            Long periodId,
            String period,
            java.time.LocalDate endsOn,
            ReportStatus status,
            boolean pending,
            BigDecimal investment,
            BigDecimal funds,
            BigDecimal worksPercent,
            boolean worksOverFull,
            String stageName,
            String problems,
            BigDecimal cumulativeInvestment,
            BigDecimal cumulativeFunds,
            ProgressRates.Rate investmentRate,
            ProgressRates.Rate fundsRate) {

        static ReportedPeriod of(PeriodRow row) {
            ReportViews.PeriodView p = row.period();
            return new ReportedPeriod(
                    p.id(),
                    p.kind().chineseLabel(p.year(), p.part()),
                    p.endsOn(),
                    row.status(),
                    row.pending(),
                    row.investment(),
                    row.funds(),
                    row.worksPercent(),
                    row.worksOverFull(),
                    row.stageName(),
                    row.problems(),
                    row.line().cumulativeInvestment(),
                    row.line().cumulativeFunds(),
                    row.line().investmentRate(),
                    row.line().fundsRate());
        }
    }
}
