package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.RegionView;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.LevelScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The rows of a region page (sub-regions or institutions) ranked on one indicator, best first. */
@Component
class RegionRankings {

    private final ScoreRows scoreRows;
    private final LevelScales levelScales;

    RegionRankings(ScoreRows scoreRows, LevelScales levelScales) {
        this.scoreRows = scoreRows;
        this.levelScales = levelScales;
    }

    List<RankRow> ranking(
            PlanStandings standings,
            IndicatorItem indicator,
            List<RegionRow> rows,
            List<RegionView> regions,
            List<String> regionNames,
            Basis basis,
            TargetVariant variant,
            Locale locale) {
        record Ranked(RegionRow row, Figure result) {}
        List<Ranked> ranked = new ArrayList<>();
        for (RegionRow row : rows) {
            List<Long> members = row.members().stream()
                    .filter(indicator.reporters()::contains)
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            List<String> names = row.region() == null ? regionNames : RegionBreadcrumbs.ancestry(row.region(), regions);
            ranked.add(new Ranked(row, standings.rollup(indicator, members, basis, variant, names)));
        }
        Comparator<BigDecimal> better = indicator.direction() == Direction.LOWER_IS_BETTER
                ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        Comparator<Ranked> order = Comparator.comparing(
                (Ranked r) -> r.result().value() == null ? null : rankValue(indicator, r.result()),
                Comparator.nullsLast(better));
        List<Ranked> sorted = ranked.stream().sorted(order).toList();
        List<RankRow> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranked r = sorted.get(i);
            result.add(new RankRow(
                    i + 1,
                    r.row().label(),
                    r.row().link(),
                    scoreRows.format(r.result().value(), indicator.unit(), locale),
                    r.result().value() == null ? null : r.result().value().number(),
                    r.result().status()));
        }
        return result;
    }

    private BigDecimal rankValue(IndicatorItem indicator, Figure result) {
        if (result.value().number() != null) {
            return result.value().number();
        }
        if (result.value().level() != null && indicator.levelScale() != null) {
            LevelScale scale = levelScales.byKey(indicator.levelScale());
            return scale == null
                    ? null
                    : BigDecimal.valueOf(scale.rank(result.value().level()));
        }
        return null;
    }
}
