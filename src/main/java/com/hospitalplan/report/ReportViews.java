package com.hospitalplan.report;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Status;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read-only records the reporting feature hands to its pages and API. */
public final class ReportViews {

    private ReportViews() {}

    public record PeriodView(
            Long id,
            Long planId,
            PeriodKind kind,
            int year,
            int part,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate opensOn,
            LocalDate dueOn,
            int graceDays,
            PeriodStatus status,
            boolean acceptingReports) {}

    /** Something a reporting unit has to report: a period of a plan, and how far its report is. */
    public record Assignment(
            Long planId, String planTitle, PeriodView period, Long reportId, ReportStatus status, boolean overdue) {}

    /**
     * An indicator to report, with what was entered.
     *
     * @param evaluation the entered value judged, in one line, or {@code null} when nothing is entered
     * @param status the entered value's status, judged as the dashboards judge it, or {@code null}
     */
    public record ValueRow(
            Long indicatorId,
            String number,
            String name,
            String unit,
            ValueKind valueKind,
            List<String> levels,
            String baseline,
            String targetText,
            String targetDescription,
            String lastValue,
            BigDecimal numberValue,
            String levelValue,
            Boolean yesValue,
            String explanation,
            String returnReason,
            String evaluation,
            Status status) {}

    public record MilestoneRow(
            Long milestoneId,
            String title,
            int dueYear,
            MilestoneProgress status,
            Integer percentDone,
            String remark,
            List<SubTargetRow> subTargets) {}

    /**
     * A sub-target of a milestone ("引进博士 1-2人") to report, with what was entered.
     *
     * @param position its place in the milestone, which names it in reports
     * @param reading how the sub-target was understood, as a sentence, or {@code null} when it could not be
     * @param unit the unit of its reading ("人"), or {@code null}
     * @param evaluation the entered value judged, in one line, or {@code null} when nothing is entered
     * @param status the entered value's status, judged as the dashboards judge it, or {@code null}
     */
    public record SubTargetRow(
            int position,
            String label,
            String targetText,
            String reading,
            ValueKind valueKind,
            String unit,
            BigDecimal numberValue,
            Boolean yesValue,
            String evaluation,
            Status status) {}

    /** @param planned the line's amount as the document writes it ("每年 约 300", "未说明"), in 万元 */
    /**
     * A budget line on the report: {@code amount} is this period's spending (本期支出); {@code approvedBefore} the sum
     * of earlier approved periods; {@code overPlan} whether the two together pass the line's plan
     * ({@link com.hospitalplan.plan.LineSpending}).
     */
    public record SpendingRow(
            Long budgetLineId,
            String label,
            String planned,

            @Schema(description = "Spent within this reporting period (本期支出), 万元; null when nothing is entered")
            BigDecimal amount,

            String remark,

            @Schema(description = "Spent in the unit's earlier approved periods, summed (万元); null when none")
            BigDecimal approvedBefore,

            @Schema(description = "Cumulative spending (累计支出): earlier approved periods plus this one, 万元")
            BigDecimal cumulative,

            @Schema(description = "Whether the cumulative spending passes the line's planned amount (a warning only)")
            boolean overPlan) {

        /** A line as entered, without what was spent before. */
        public SpendingRow(Long budgetLineId, String label, String planned, BigDecimal amount, String remark) {
            this(budgetLineId, label, planned, amount, remark, null, amount, false);
        }
    }

    public record HistoryRow(
            Instant at, String actor, String action, String item, String oldValue, String newValue, String reason) {}

    public record ReportPage(
            Long id,
            Long planId,
            String planTitle,
            PeriodView period,
            Long organizationId,
            String organizationName,
            ReportStatus status,
            boolean editable,
            boolean decidable,
            boolean reopenable,
            boolean periodReopenable,
            String achievements,
            String problems,
            String nextSteps,
            String returnReason,
            List<ValueRow> values,
            List<MilestoneRow> milestones,
            List<SpendingRow> spending,
            List<EvidenceRow> evidence,
            List<HistoryRow> history,
            List<HistoryRow> changesSinceReturn,
            long version) {}

    public record EvidenceRow(Long id, String filename, long sizeBytes, Instant uploadedAt) {

        /** The size as people read it: "512 B", "14.6 KB", "3.3 MB". */
        public String size() {
            return HistoryValues.fileSize(sizeBytes);
        }
    }

    /** An evidence file to download. */
    public record EvidenceFile(String filename, String contentType, byte[] content) {}

    /** A reporting unit's report in a period, for the plan's planners and reviewers; no report yet: id null. */
    public record UnitReport(Long reportId, String organizationName, ReportStatus status, boolean overdue) {}
}
