package com.hospitalplan.report;

import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reporting module's published query for figures: what was submitted or approved in a plan (of every
 * organisation, or of one), an indicator's history, and who reported in which period. Read straight from SQL: at
 * province scale a plan holds hundreds of thousands of values.
 */
@Component
public class ReportFigures {

    private static final String COUNTED = "r.status in ('SUBMITTED', 'APPROVED')";

    /** A reported value of an indicator; {@code approved} is false while its report is only submitted. */
    public record Value(
            Long indicatorId,
            Long organizationId,
            LocalDate periodEnd,
            BigDecimal number,
            String level,
            Boolean yes,
            Long reportId,
            boolean approved) {

        /** Whether anything was entered: a number, a level or a yes/no. */
        public boolean hasValue() {
            return number != null || level != null || yes != null;
        }

        public Measurement measurement() {
            return new Measurement(periodEnd, number, level, yes);
        }
    }

    /** A reported status of a milestone. */
    public record MilestoneStatus(
            Long milestoneId,
            Long organizationId,
            LocalDate periodEnd,
            MilestoneProgress status,
            Integer percentDone,
            boolean approved) {}

    /** A reported value of a milestone's sub-target (its position within the milestone). */
    public record SubTargetValue(
            Long milestoneId,
            int position,
            Long organizationId,
            LocalDate periodEnd,
            BigDecimal number,
            Boolean yes,
            boolean approved) {

        /** Whether anything was entered: a number or a yes/no. */
        public boolean hasValue() {
            return number != null || yes != null;
        }

        public Measurement measurement() {
            return new Measurement(periodEnd, number, null, yes);
        }
    }

    /** Money reported as spent against a budget line (万元). */
    public record Spending(
            Long budgetLineId, Long organizationId, LocalDate periodEnd, BigDecimal amount, boolean approved) {}

    /** Everything submitted or approved, of a plan or of one organisation in it. */
    public record Counted(
            List<Value> values,
            List<MilestoneStatus> milestones,
            List<SubTargetValue> subTargets,
            List<Spending> spending) {}

    /** A value with the period it belongs to. */
    public record PeriodValue(Value value, String periodKind, int year, int part) {}

    /** A plan's period with one unit's report in it (no report: status and submission are {@code null}). */
    public record PeriodReport(
            Long periodId,
            String kind,
            int year,
            int part,
            LocalDate dueOn,
            int graceDays,
            Long organizationId,
            Long reportId,
            String status,
            Instant submittedAt) {}

    private final JdbcClient jdbc;

    ReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything submitted or approved in a plan. */
    public Counted counted(Long planId) {
        return counted(planId, null);
    }

    /** What one organisation submitted or had approved in a plan; {@code null} means every organisation. */
    public Counted counted(Long planId, Long organizationId) {
        return new Counted(
                values(planId, organizationId),
                milestones(planId, organizationId),
                subTargets(planId, organizationId),
                spending(planId, organizationId));
    }

    /** Every submitted or approved value of one indicator, with its period, oldest first. */
    public List<PeriodValue> history(Long indicatorId) {
        return jdbc.sql("""
                        select rv.indicator_id, r.organization_id, p.ends_on, rv.number_value, rv.level_value,
                               rv.yes_value, r.id, r.status, p.kind, p.year, p.part
                        from report_value rv
                        join report r on r.id = rv.report_id
                        join reporting_period p on p.id = r.period_id
                        where rv.indicator_id = ? and %s
                        order by p.ends_on, r.organization_id
                        """.formatted(COUNTED))
                .param(indicatorId)
                .query((rs, i) -> new PeriodValue(value(rs), rs.getString(9), rs.getInt(10), rs.getInt(11)))
                .list();
    }

    /** Every period of a plan with every report made in it, oldest period first. */
    public List<PeriodReport> periodReports(Long planId) {
        return jdbc.sql("""
                        select p.id, p.kind, p.year, p.part, p.due_on, p.grace_days, r.organization_id, r.id,
                               r.status, r.submitted_at
                        from reporting_period p
                        left join report r on r.period_id = p.id
                        where p.plan_id = ?
                        order by p.ends_on, p.id
                        """)
                .param(planId)
                .query((rs, i) -> new PeriodReport(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getInt(6),
                        (Long) rs.getObject(7),
                        (Long) rs.getObject(8),
                        rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    private List<Value> values(Long planId, Long organizationId) {
        return counted("""
                select x.indicator_id, r.organization_id, p.ends_on, x.number_value, x.level_value, x.yes_value,
                       r.id, r.status
                from report_value x
                """, planId, organizationId, (rs, i) -> value(rs));
    }

    private List<MilestoneStatus> milestones(Long planId, Long organizationId) {
        return counted(
                """
                select x.milestone_id, r.organization_id, p.ends_on, x.status, x.percent_done, r.status
                from report_milestone x
                """,
                planId,
                organizationId,
                (rs, i) -> new MilestoneStatus(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : MilestoneProgress.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5),
                        approved(rs, 6)));
    }

    private List<SubTargetValue> subTargets(Long planId, Long organizationId) {
        return counted(
                """
                select x.milestone_id, x.position, r.organization_id, p.ends_on, x.number_value, x.yes_value, r.status
                from report_sub_target x
                """,
                planId,
                organizationId,
                (rs, i) -> new SubTargetValue(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        stripped(rs.getBigDecimal(5)),
                        (Boolean) rs.getObject(6),
                        approved(rs, 7)));
    }

    private List<Spending> spending(Long planId, Long organizationId) {
        return counted(
                """
                select x.budget_line_id, r.organization_id, p.ends_on, x.amount, r.status
                from report_spending x
                """,
                planId,
                organizationId,
                (rs, i) -> new Spending(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4),
                        approved(rs, 5)));
    }

    /**
     * Rows of a report part ({@code x}, with its report {@code r} and period {@code p}) of submitted or approved
     * reports in a plan, of one organisation or (with {@code null}) of all.
     */
    private <T> List<T> counted(String selectFromPart, Long planId, Long organizationId, RowMapper<T> row) {
        return jdbc.sql(selectFromPart + """
                        join report r on r.id = x.report_id
                        join reporting_period p on p.id = r.period_id
                        where p.plan_id = :plan and %s and (cast(:org as bigint) is null or r.organization_id = :org)
                        """.formatted(COUNTED))
                .param("plan", planId)
                .param("org", organizationId)
                .query(row)
                .list();
    }

    private static Value value(ResultSet rs) throws SQLException {
        return new Value(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                stripped(rs.getBigDecimal(4)),
                rs.getString(5),
                (Boolean) rs.getObject(6),
                rs.getLong(7),
                approved(rs, 8));
    }

    private static boolean approved(ResultSet rs, int statusColumn) throws SQLException {
        return "APPROVED".equals(rs.getString(statusColumn));
    }

    private static BigDecimal stripped(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }
}
