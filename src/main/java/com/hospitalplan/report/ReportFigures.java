package com.hospitalplan.report;

import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** What counts in a plan or of one organisation in it ({@link #counted(Long)}). */
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

    /**
     * What counts in a plan: of each indicator and year, and of each milestone, the latest approved and the latest
     * submitted value (the rest can never change a judgement); every sub-target value and amount spent.
     */
    public Counted counted(Long planId) {
        return counted(planId, null);
    }

    /** {@link #counted(Long)} of one organisation; {@code null} means every organisation. */
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

    /**
     * The latest approved and the latest submitted value of each indicator and year (see {@link CountedValues}): all
     * that the figures judge, without reading every value ever reported.
     */
    private List<Value> values(Long planId, Long organizationId) {
        Canonical<Long> ids = new Canonical<>();
        Canonical<LocalDate> days = new Canonical<>();
        Canonical<String> levels = new Canonical<>();
        return jdbc.sql("""
                        select indicator_id, organization_id, period_ends_on, number_value, level_value, yes_value,
                               report_id, approved
                        from counted_value
                        where plan_id = :plan and (cast(:org as bigint) is null or organization_id = :org)
                        """)
                .param("plan", planId)
                .param("org", organizationId)
                .query((rs, i) -> new Value(
                        ids.of(rs.getLong(1)),
                        ids.of(rs.getLong(2)),
                        days.of(rs.getObject(3, LocalDate.class)),
                        stripped(rs.getBigDecimal(4)),
                        levels.of(rs.getString(5)),
                        (Boolean) rs.getObject(6),
                        ids.of(rs.getLong(7)),
                        rs.getBoolean(8)))
                .list();
    }

    /**
     * One instance of each equal value read by one query: a plan's values repeat the same few hundred ids, days and
     * level names hundreds of thousands of times, and the dashboards keep them (a third of their memory otherwise).
     */
    private static final class Canonical<T> {

        private final Map<T, T> seen = new HashMap<>();

        T of(T value) {
            if (value == null) {
                return null;
            }
            T earlier = seen.putIfAbsent(value, value);
            return earlier == null ? value : earlier;
        }
    }

    /** The latest approved and the latest submitted status of each milestone. */
    private List<MilestoneStatus> milestones(Long planId, Long organizationId) {
        return counted(
                """
                select distinct on (x.milestone_id, r.organization_id, r.status)
                       x.milestone_id, r.organization_id, p.ends_on, x.status, x.percent_done, r.status
                from report_milestone x
                """,
                "and x.status is not null order by x.milestone_id, r.organization_id, r.status, p.ends_on desc, r.id desc",
                planId,
                organizationId,
                (rs, i) -> new MilestoneStatus(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        MilestoneProgress.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5),
                        approved(rs, 6)));
    }

    private List<SubTargetValue> subTargets(Long planId, Long organizationId) {
        return counted(
                """
                select x.milestone_id, x.position, r.organization_id, p.ends_on, x.number_value, x.yes_value, r.status
                from report_sub_target x
                """,
                "",
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
                "",
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
    private <T> List<T> counted(
            String selectFromPart, String tail, Long planId, Long organizationId, RowMapper<T> row) {
        return jdbc.sql(selectFromPart + """
                        join report r on r.id = x.report_id
                        join reporting_period p on p.id = r.period_id
                        where p.plan_id = :plan and %s and (cast(:org as bigint) is null or r.organization_id = :org)
                        """.formatted(COUNTED) + tail)
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
