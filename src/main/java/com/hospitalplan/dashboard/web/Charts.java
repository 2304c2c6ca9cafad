package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart specifications for {@code static/js/charts.js}, written as JSON into a {@code data-chart} attribute. Every
 * chart on a page has a table with the same numbers beside it.
 */
final class Charts {

    /** Okabe–Ito colours, told apart by colour-blind readers too (charts add patterns as well). */
    static final Map<Status, String> STATUS_COLORS = Map.of(
            Status.ACHIEVED, "#009E73",
            Status.ON_TRACK, "#56B4E9",
            Status.AT_RISK, "#E69F00",
            Status.OFF_TRACK, "#D55E00",
            Status.NO_DATA, "#999999");

    static final String PLANNED = "#0072B2";
    static final String SPENT = "#E69F00";
    static final String TARGET = "#D55E00";
    static final String EXPECTED = "#999999";
    static final String ORIGINAL = "#CC79A7";
    static final List<String> SERIES =
            List.of("#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {}

    static String json(Map<String, Object> spec) {
        return JSON.writeValueAsString(spec);
    }

    static Map<String, Object> spec(String type, List<String> categories) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        spec.put("categories", categories);
        spec.put("series", new ArrayList<Map<String, Object>>());
        return spec;
    }

    /** Stacked bars of how many stand where, one bar per label. */
    static Map<String, Object> statusBars(
            List<String> labels, List<List<StatusCount>> counts, Function<Status, String> name) {
        Map<String, Object> spec = spec("bar", labels);
        spec.put("stacked", true);
        spec.put("horizontal", true);
        for (Status status : Status.values()) {
            series(
                    spec,
                    name.apply(status),
                    counts.stream().map(c -> c.get(status.ordinal()).count()).toList(),
                    STATUS_COLORS.get(status));
        }
        return spec;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> series(
            Map<String, Object> spec, String name, List<? extends Number> data, String color) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("data", data);
        if (color != null) {
            series.put("color", color);
        }
        ((List<Map<String, Object>>) spec.get("series")).add(series);
        return series;
    }
}
