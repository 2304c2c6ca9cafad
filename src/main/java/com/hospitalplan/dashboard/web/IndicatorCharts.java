package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.IndicatorDashboard;
import com.hospitalplan.dashboard.DashboardViews.TrendLine;
import com.hospitalplan.dashboard.DashboardViews.TrendLineKind;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An indicator's trend chart, as JSON for {@code data-chart} (the template calls it). */
@Component("indicatorCharts")
public class IndicatorCharts {

    private static final Map<TrendLineKind, String> REFERENCE_COLORS = Map.of(
            TrendLineKind.TARGET, Charts.TARGET,
            TrendLineKind.EXPECTED, Charts.EXPECTED,
            TrendLineKind.ORIGINAL, Charts.ORIGINAL);

    /** Each institution's values in a colour of its own; the target, expected and original lines dashed. */
    public String trend(IndicatorDashboard d) {
        Map<String, Object> spec = Charts.spec("line", d.trendPeriods());
        spec.put("unit", d.summary().unit());
        int institutions = 0;
        for (TrendLine line : d.trendLines()) {
            if (line.kind() == TrendLineKind.INSTITUTION) {
                String color = Charts.SERIES.get(institutions++ % Charts.SERIES.size());
                Charts.series(spec, line.name(), line.values(), color);
            } else {
                Charts.series(spec, line.name(), line.values(), REFERENCE_COLORS.get(line.kind()))
                        .put("dashed", true);
            }
        }
        return Charts.json(spec);
    }
}
