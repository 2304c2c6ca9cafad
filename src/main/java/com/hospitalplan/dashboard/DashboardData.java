package com.hospitalplan.dashboard;

import com.hospitalplan.report.MilestoneProgress;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads submitted and approved report contents for the dashboards, a plan or one institution of a plan at a time,
 * straight from SQL: at province scale a plan holds hundreds of thousands of values.
 */
@Repository
class DashboardData {

    private static final String COUNTED = "r.status in ('SUBMITTED', 'APPROVED')";

    private final JdbcClient jdbc;

    DashboardData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the plan's content last changed, or empty when there is no such plan. */
    Optional<Instant> planChangedAt(Long planId) {
        return jdbc.sql("select updated_at from plan where id = ?")
                .param(planId)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** When each plan's content last changed, by plan. */
    Map<Long, Instant> plansChangedAt() {
        Map<Long, Instant> changed = new HashMap<>();
        jdbc.sql("select id, updated_at from plan").query(rs -> {
            changed.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        });
        return changed;
    }

    List<Long> planIds() {
        return jdbc.sql("select id from plan order by id").query(Long.class).list();
    }

    /** Everything submitted or approved in a plan, per institution. */
    Map<Long, UnitReports> reports(Long planId) {
        return group(values(planId, null), milestones(planId, null), subTargets(planId, null), spending(planId, null));
    }

    /** What one institution submitted or had approved in a plan. */
    UnitReports reports(Long planId, Long organizationId) {
        return group(
                        values(planId, organizationId),
                        milestones(planId, organizationId),
                        subTargets(planId, organizationId),
                        spending(planId, organizationId))
                .getOrDefault(organizationId, UnitReports.NONE);
    }

    /** Every submitted or approved value of one indicator, with its period, oldest first. */
    List<PeriodValue> history(Long indicatorId) {
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
                .query((rs, i) -> new PeriodValue(observation(rs), rs.getString(9), rs.getInt(10), rs.getInt(11)))
                .list();
    }

    /** A plan's period with one unit's report in it (no report: status and submission are {@code null}). */
    record PeriodReport(
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

    /** Every period of a plan with every report made in it, oldest period first. */
    List<PeriodReport> periodReports(Long planId) {
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

    /** A value with the period it belongs to. */
    record PeriodValue(Observation observation, String periodKind, int year, int part) {}

    private List<Observation> values(Long planId, Long organizationId) {
        return counted("""
                select x.indicator_id, r.organization_id, p.ends_on, x.number_value, x.level_value, x.yes_value,
                       r.id, r.status
                from report_value x
                """, planId, organizationId, (rs, i) -> observation(rs));
    }

    private List<MilestoneObservation> milestones(Long planId, Long organizationId) {
        return counted(
                """
                select x.milestone_id, r.organization_id, p.ends_on, x.status, x.percent_done, r.status
                from report_milestone x
                """,
                planId,
                organizationId,
                (rs, i) -> new MilestoneObservation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : MilestoneProgress.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5),
                        "APPROVED".equals(rs.getString(6))));
    }

    private List<SubTargetObservation> subTargets(Long planId, Long organizationId) {
        return counted("""
                select x.milestone_id, x.position, r.organization_id, p.ends_on, x.number_value, x.yes_value, r.status
                from report_sub_target x
                """, planId, organizationId, (rs, i) -> {
            BigDecimal number = rs.getBigDecimal(5);
            return new SubTargetObservation(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getLong(3),
                    rs.getObject(4, LocalDate.class),
                    number == null ? null : number.stripTrailingZeros(),
                    (Boolean) rs.getObject(6),
                    "APPROVED".equals(rs.getString(7)));
        });
    }

    private List<SpendingObservation> spending(Long planId, Long organizationId) {
        return counted(
                """
                select x.budget_line_id, r.organization_id, p.ends_on, x.amount, r.status
                from report_spending x
                """,
                planId,
                organizationId,
                (rs, i) -> new SpendingObservation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4),
                        "APPROVED".equals(rs.getString(5))));
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

    private static Observation observation(ResultSet rs) throws SQLException {
        BigDecimal number = rs.getBigDecimal(4);
        return new Observation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getObject(3, LocalDate.class),
                number == null ? null : number.stripTrailingZeros(),
                rs.getString(5),
                (Boolean) rs.getObject(6),
                rs.getLong(7),
                "APPROVED".equals(rs.getString(8)));
    }

    private static Map<Long, UnitReports> group(
            List<Observation> values,
            List<MilestoneObservation> milestones,
            List<SubTargetObservation> subTargets,
            List<SpendingObservation> spending) {
        Map<Long, List<Observation>> v = new HashMap<>();
        values.forEach(o -> v.computeIfAbsent(o.organizationId(), k -> new java.util.ArrayList<>())
                .add(o));
        Map<Long, List<MilestoneObservation>> m = new HashMap<>();
        milestones.forEach(o -> m.computeIfAbsent(o.organizationId(), k -> new java.util.ArrayList<>())
                .add(o));
        Map<Long, List<SubTargetObservation>> t = new HashMap<>();
        subTargets.forEach(o -> t.computeIfAbsent(o.organizationId(), k -> new java.util.ArrayList<>())
                .add(o));
        Map<Long, List<SpendingObservation>> s = new HashMap<>();
        spending.forEach(o -> s.computeIfAbsent(o.organizationId(), k -> new java.util.ArrayList<>())
                .add(o));
        Map<Long, UnitReports> grouped = new HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(v.keySet());
        ids.addAll(m.keySet());
        ids.addAll(t.keySet());
        ids.addAll(s.keySet());
        for (Long id : ids) {
            grouped.put(
                    id,
                    new UnitReports(
                            v.getOrDefault(id, List.of()),
                            m.getOrDefault(id, List.of()),
                            t.getOrDefault(id, List.of()),
                            s.getOrDefault(id, List.of())));
        }
        return grouped;
    }
}
