package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.TrendLine;
import com.hospitalplan.dashboard.DashboardViews.TrendLineKind;
import com.hospitalplan.dashboard.DashboardViews.TrendRow;
import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.targets.Baseline;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * An indicator's trend: every period's values per institution, with the target line, the straight line from baseline
 * to target that progress is expected to follow and, after a revision, the original target.
 */
@Component
class IndicatorTrends {

    /** The periods, the lines over them, and the same numbers as a table. */
    record Trend(List<String> periods, List<TrendLine> lines, List<TrendRow> rows) {}

    private final DashboardData data;
    private final LevelScales levelScales;
    private final ScoreRows scoreRows;

    IndicatorTrends(DashboardData data, LevelScales levelScales, ScoreRows scoreRows) {
        this.data = data;
        this.levelScales = levelScales;
        this.scoreRows = scoreRows;
    }

    Trend trend(
            PlanStandings standings,
            IndicatorItem indicator,
            List<Long> units,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        Set<Long> wanted = Set.copyOf(units);
        List<ReportFigures.PeriodValue> values = data.history(indicator.id()).stream()
                .filter(v -> wanted.contains(v.value().organizationId()))
                .filter(v -> basis.counts(v.value().approved()))
                .toList();
        TreeMap<LocalDate, String> periods = new TreeMap<>();
        values.forEach(v -> periods.put(v.value().periodEnd(), label(v)));
        List<LocalDate> dates = new ArrayList<>(periods.keySet());
        List<TrendLine> lines = new ArrayList<>();
        for (Long id : units) {
            Map<LocalDate, BigDecimal> byDate = new LinkedHashMap<>();
            values.stream()
                    .filter(v -> v.value().organizationId().equals(id))
                    .forEach(v -> byDate.put(v.value().periodEnd(), numberOf(indicator, v.value())));
            if (!byDate.isEmpty()) {
                lines.add(new TrendLine(
                        standings.units().get(id).name(),
                        dates.stream().map(byDate::get).toList(),
                        TrendLineKind.INSTITUTION));
            }
        }
        Target target = PlanStandings.target(indicator, variant);
        BigDecimal goal = target == null ? null : target.value();
        if (goal != null && indicator.levelScale() == null && !dates.isEmpty()) {
            lines.add(line(
                    "dashboard.trend.target", dates.stream().map(d -> goal).toList(), TrendLineKind.TARGET, locale));
            List<BigDecimal> expected = dates.stream()
                    .map(d -> expectedAt(indicator, standings.scope(), goal, d))
                    .toList();
            if (expected.stream().anyMatch(Objects::nonNull)) {
                lines.add(line("dashboard.trend.expected", expected, TrendLineKind.EXPECTED, locale));
            }
            Target original = indicator.originalTarget();
            if (original != null && original.value() != null && variant == TargetVariant.ADJUSTED) {
                lines.add(line(
                        "dashboard.trend.original",
                        dates.stream().map(d -> original.value()).toList(),
                        TrendLineKind.ORIGINAL,
                        locale));
            }
        }
        List<String> categories = new ArrayList<>(periods.values());
        return new Trend(categories, lines, rows(categories, lines));
    }

    private TrendLine line(String nameKey, List<BigDecimal> values, TrendLineKind kind, Locale locale) {
        return new TrendLine(scoreRows.message(nameKey, locale), values, kind);
    }

    private static List<TrendRow> rows(List<String> categories, List<TrendLine> lines) {
        List<TrendRow> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            int at = i;
            rows.add(new TrendRow(
                    categories.get(i),
                    lines.stream()
                            .map(line -> line.values().get(at) == null
                                    ? ""
                                    : line.values().get(at).stripTrailingZeros().toPlainString())
                            .toList()));
        }
        return rows;
    }

    /** Where the value should be at a date on the straight line from the baseline to the target at the plan's end. */
    private static BigDecimal expectedAt(IndicatorItem indicator, ReportingScope scope, BigDecimal goal, LocalDate at) {
        Baseline baseline = Judgement.baseline(indicator, scope.startYear());
        if (baseline == null || baseline.number() == null) {
            return null;
        }
        LocalDate from = LocalDate.of(baseline.year(), 12, 31);
        LocalDate to = LocalDate.of(scope.endYear(), 12, 31);
        if (!to.isAfter(from)) {
            return null;
        }
        long total = ChronoUnit.DAYS.between(from, to);
        long done = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, at)));
        BigDecimal share = BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        return indicator
                .baselineValue()
                .add(goal.subtract(indicator.baselineValue()).multiply(share))
                .setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal numberOf(IndicatorItem indicator, ReportFigures.Value o) {
        if (o.number() != null) {
            return o.number();
        }
        if (o.level() != null && indicator.levelScale() != null) {
            LevelScale scale = levelScales.byKey(indicator.levelScale());
            int rank = scale == null ? -1 : scale.rank(o.level());
            return rank < 0 ? null : BigDecimal.valueOf(rank + 1L);
        }
        if (o.yes() != null) {
            return o.yes() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return null;
    }

    private static String label(ReportFigures.PeriodValue v) {
        return switch (v.periodKind()) {
            case "QUARTER" -> v.year() + "Q" + v.part();
            case "HALF_YEAR" -> v.year() + "H" + v.part();
            default -> String.valueOf(v.year());
        };
    }
}
