package db.demo;

import static db.demo.DemoRows.insertReturningId;
import static db.demo.DemoRows.update;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.ParseResult;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sample reports for the five seed plans, clearly marked 【示例数据】, so that the review pages and dashboards have
 * something to show: one yearly period per plan year up to 2025; earlier years approved, the latest one open until
 * the end of 2026 with reports submitted, returned, still in draft or not started (overdue by their due date).
 * Values follow a plausible path from the baseline towards the target, with a fixed random seed.
 */
public class V7_1__demo_reports extends BaseJavaMigration {

    private static final int LAST_REPORTED_YEAR = 2025;
    private static final String SAMPLE = "【示例数据】";

    private final TargetParser parser = new TargetParser();

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        long actor = single(db, "select id from app_user where username = 'admin'");
        for (long planId : longs(db, "select id from plan where plan_key is not null order by id")) {
            loadPlan(db, planId, actor);
        }
    }

    private void loadPlan(Connection db, long planId, long actor) throws SQLException {
        int start;
        int end;
        long owner;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "select start_year, end_year, owner_organization_id from plan where id = " + planId)) {
            r.next();
            start = r.getInt(1);
            end = Math.min(r.getInt(2), LAST_REPORTED_YEAR);
            owner = r.getLong(3);
        }
        Map<Long, Set<Long>> indicatorUnits = reportersOfIndicators(db, planId, owner);
        Random random = new Random(planId * 7919L);
        for (int year = start; year <= end; year++) {
            boolean latest = year == end;
            LocalDate opens = LocalDate.of(year + 1, 1, 1);
            LocalDate due = latest ? LocalDate.of(2026, 12, 31) : LocalDate.of(year + 1, 1, 31);
            long periodId = insertReturningId(
                    db,
                    "insert into reporting_period (plan_id, kind, year, part, starts_on, ends_on, opens_on, due_on, grace_days, status)"
                            + " values (?, 'YEAR', ?, 1, ?, ?, ?, ?, 0, ?)",
                    planId,
                    year,
                    Date.valueOf(LocalDate.of(year, 1, 1)),
                    Date.valueOf(LocalDate.of(year, 12, 31)),
                    Date.valueOf(opens),
                    Date.valueOf(due),
                    latest ? "OPEN" : "CLOSED");
            Set<Long> units = new LinkedHashSet<>();
            indicatorUnits.values().forEach(units::addAll);
            int index = 0;
            for (long unit : units) {
                String status = latest ? latestStatus(index++) : "APPROVED";
                if (status == null) {
                    continue; // not started: overdue once the due date passes
                }
                Timestamp at = Timestamp.from(opens.plusDays(10).atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
                long reportId = insertReturningId(
                        db,
                        "insert into report (period_id, organization_id, status, achievements, problems, next_steps, return_reason,"
                                + " submitted_at, submitted_by, decided_at, decided_by, created_at, updated_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        periodId,
                        unit,
                        status,
                        SAMPLE + year + "年度各项任务按计划推进，重点指标稳步提升。",
                        SAMPLE + "高层次人才引进难度较大，部分项目资金到位滞后。",
                        SAMPLE + "加快人才引进和项目建设进度，加强过程督导。",
                        status.equals("RETURNED") ? SAMPLE + "部分数值与上年差异较大，请核实后重新提交。" : null,
                        status.equals("DRAFT") ? null : at,
                        status.equals("DRAFT") ? null : actor,
                        status.equals("APPROVED") || status.equals("RETURNED") ? at : null,
                        status.equals("APPROVED") || status.equals("RETURNED") ? actor : null,
                        at,
                        at);
                history(db, reportId, periodId, actor, at, "CREATED", SAMPLE);
                for (Map.Entry<Long, Set<Long>> indicator : indicatorUnits.entrySet()) {
                    if (indicator.getValue().contains(unit)) {
                        insertValue(db, reportId, indicator.getKey(), start, end, year, random);
                    }
                }
                if (!status.equals("DRAFT")) {
                    history(db, reportId, periodId, actor, at, "SUBMITTED", SAMPLE);
                }
                if (status.equals("APPROVED") || status.equals("RETURNED")) {
                    history(db, reportId, periodId, actor, at, status, SAMPLE);
                }
            }
        }
    }

    /** In the open period: submitted, returned, draft, not started, in turn. */
    private static String latestStatus(int index) {
        return switch (index % 4) {
            case 0 -> "SUBMITTED";
            case 1 -> "RETURNED";
            case 2 -> "DRAFT";
            default -> null;
        };
    }

    private void insertValue(
            Connection db, long reportId, long indicatorId, int start, int end, int year, Random random)
            throws SQLException {
        String kind;
        String targetText;
        String unit;
        BigDecimal baseline;
        String baselineLevel;
        try (PreparedStatement q = db.prepareStatement(
                "select value_kind, target_text, unit, baseline_value, baseline_level from indicator where id = ?")) {
            q.setLong(1, indicatorId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                kind = r.getString(1);
                targetText = r.getString(2);
                unit = r.getString(3);
                baseline = r.getBigDecimal(4);
                baselineLevel = r.getString(5);
            }
        }
        ParseResult parsed = parser.parse(targetText, unit);
        Target target = parsed.target();
        double share = (year - start + 1.0) / (end - start + 1.0);
        BigDecimal number = null;
        String level = null;
        Boolean yes = null;
        if ("YES_NO".equals(kind) || (target != null && target.measure() == Measure.ACHIEVEMENT)) {
            yes = share >= 0.75 || random.nextInt(4) == 0;
        } else if ("LEVEL".equals(kind)) {
            level = target != null && share >= 0.75 && target.level() != null ? target.level() : baselineLevel;
            if (level == null) {
                return;
            }
        } else if (target != null && target.value() != null) {
            BigDecimal goal = target.bound() == Bound.RANGE ? target.upper() : target.value();
            if (target.measure() == Measure.INCREASE && baseline != null) {
                goal = baseline.add(goal);
            }
            if (target.measure() == Measure.RANK) {
                BigDecimal from = baseline != null ? baseline : goal.multiply(BigDecimal.valueOf(3));
                number = from.subtract(from.subtract(goal).multiply(BigDecimal.valueOf(share)))
                        .setScale(0, RoundingMode.HALF_UP);
            } else {
                BigDecimal from = baseline != null ? baseline : goal.multiply(BigDecimal.valueOf(0.6));
                double noise = 0.9 + random.nextDouble() * 0.2;
                number = from.add(goal.subtract(from).multiply(BigDecimal.valueOf(share * noise)))
                        .setScale(goal.scale() > 0 || "%".equals(unit) ? 1 : 0, RoundingMode.HALF_UP);
            }
        } else {
            return;
        }
        update(
                db,
                "insert into report_value (report_id, indicator_id, number_value, level_value, yes_value, explanation)"
                        + " values (?, ?, ?, ?, ?, ?)",
                reportId,
                indicatorId,
                number,
                level,
                yes,
                SAMPLE);
    }

    /** Who reports on each indicator: its responsible units, else the covered institutions, else the owner. */
    private static Map<Long, Set<Long>> reportersOfIndicators(Connection db, long planId, long owner)
            throws SQLException {
        Set<Long> covered = new LinkedHashSet<>(longs(
                db,
                "select organization_id from plan_coverage where organization_id is not null and plan_id = " + planId));
        Map<Long, Set<Long>> units = new LinkedHashMap<>();
        for (long indicator :
                longs(db, "select id from indicator where plan_id = " + planId + " order by position, id")) {
            Set<Long> responsible = new LinkedHashSet<>(longs(
                    db,
                    "select organization_id from responsibility where indicator_id = " + indicator
                            + " order by position"));
            units.put(indicator, !responsible.isEmpty() ? responsible : !covered.isEmpty() ? covered : Set.of(owner));
        }
        return units;
    }

    private static void history(
            Connection db, long reportId, long periodId, long actor, Timestamp at, String action, String reason)
            throws SQLException {
        update(
                db,
                "insert into report_history (report_id, period_id, actor_id, at, action, reason) values (?, ?, ?, ?, ?, ?)",
                reportId,
                periodId,
                actor,
                at,
                action,
                reason);
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.add(r.getLong(1));
            }
        }
        return result;
    }

    private static long single(Connection db, String sql) throws SQLException {
        return longs(db, sql).get(0);
    }
}
