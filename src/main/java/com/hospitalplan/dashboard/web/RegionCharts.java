package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.CompletenessDashboard;
import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.PeriodRow;
import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.Punctuality;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the region and completeness dashboards, as JSON for {@code data-chart} (templates call it). */
@Component("regionCharts")
public class RegionCharts {

    /** Colours per punctuality, from the same colour-blind-safe palette as the statuses. */
    private static final Map<Punctuality, String> PUNCTUALITY_COLORS = Map.of(
            Punctuality.ON_TIME, "#009E73",
            Punctuality.LATE, "#56B4E9",
            Punctuality.RETURNED, "#E69F00",
            Punctuality.OVERDUE, "#D55E00",
            Punctuality.OPEN, "#999999");

    private final MessageSource messages;

    RegionCharts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The heat map of the page's indicators: a sub-region's row leads to its page, an institution's cell to the
     * report its value comes from. Columns and rows carry short labels ({@code columns}, {@code rows}) and the full
     * names for the tooltips ({@code columnNames}, {@code rowNames}).
     */
    public String heat(RegionDashboard d, Locale locale) {
        List<HeatRow> heat = d.heatPage();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "heatmap");
        // short labels on the axes, the full names in the tooltips and the screen readers' description
        spec.put("columns", d.columnLabels());
        spec.put("columnNames", d.columnNames());
        spec.put("rows", d.rowLabels());
        spec.put("rowNames", heat.stream().map(HeatRow::label).toList());
        List<List<Integer>> cells = new ArrayList<>();
        Map<String, String> links = new LinkedHashMap<>();
        List<String> rowLinks = new ArrayList<>();
        for (int r = 0; r < heat.size(); r++) {
            HeatRow row = heat.get(r);
            rowLinks.add(row.region() ? row.link() + "?plan=" + d.planId() : null);
            for (int c = 0; c < row.cells().size(); c++) {
                Status status = row.cells().get(c);
                if (status == null) {
                    continue;
                }
                cells.add(List.of(c, r, status.ordinal()));
                if (row.reports().get(c) != null) {
                    links.put(c + "," + r, "/reports/" + row.reports().get(c));
                }
            }
        }
        spec.put("cells", cells);
        spec.put(
                "statuses",
                Arrays.stream(Status.values())
                        .map(s -> Map.of(
                                "label", text("dashboard.status." + s, locale), "color", Charts.STATUS_COLORS.get(s)))
                        .toList());
        spec.put("cellLinks", links);
        spec.put("rowLinks", rowLinks);
        return Charts.json(spec);
    }

    /** The ranking on the chosen indicator as horizontal bars, each leading to its row's page. */
    public String rank(RegionDashboard d) {
        List<RankRow> ranking = d.ranking();
        Map<String, Object> spec =
                Charts.spec("bar", ranking.stream().map(RankRow::label).toList());
        spec.put("horizontal", true);
        spec.put("unit", d.rankUnit());
        spec.put("links", ranking.stream().map(RankRow::link).toList());
        Charts.series(
                spec,
                d.rankIndicatorName(),
                ranking.stream().map(RankRow::number).toList(),
                Charts.PLANNED);
        return Charts.json(spec);
    }

    /** Where the units' reports stand, period by period. */
    public String completeness(CompletenessDashboard d, Locale locale) {
        List<PeriodRow> periods = d.periods();
        Map<String, Object> spec =
                Charts.spec("bar", periods.stream().map(PeriodRow::label).toList());
        spec.put("stacked", true);
        for (Punctuality p : Punctuality.values()) {
            Charts.series(
                    spec,
                    text("dashboard.punctuality." + p, locale),
                    periods.stream()
                            .map(row -> row.counts().get(p.ordinal()).count())
                            .toList(),
                    PUNCTUALITY_COLORS.get(p));
        }
        return Charts.json(spec);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
