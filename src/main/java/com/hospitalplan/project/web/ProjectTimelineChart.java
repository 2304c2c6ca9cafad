package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.VagueDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project's planned-versus-actual timeline as a {@code data-chart} spec of type "timeline" for
 * {@code static/js/charts.js}: per stage the first planned date, the date planned now and the date reached (each at
 * the latest day the words allow, with the words in the tooltip), and an arrow where a stage slipped. The stage table
 * beside it holds the same dates.
 */
@Component("projectTimeline")
public class ProjectTimelineChart {

    /** Okabe–Ito colours, as the dashboards' charts. */
    private static final String ORIGINAL = "#999999";

    private static final String PLANNED = "#0072B2";
    private static final String ACTUAL = "#009E73";
    private static final String SLIP = "#D55E00";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ProjectTimelineChart(MessageSource messages) {
        this.messages = messages;
    }

    /** The chart of the stages that have any date; null when none has. */
    public String chart(List<ProjectDetail.Stage> stages, Locale locale) {
        List<ProjectDetail.Stage> dated = stages.stream()
                .filter(s -> s.original() != null || s.planned() != null || s.actual() != null)
                .toList();
        if (dated.isEmpty()) {
            return null;
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "timeline");
        spec.put("categories", dated.stream().map(ProjectDetail.Stage::name).toList());
        spec.put(
                "series",
                List.of(
                        series(text("project.stage.original", locale), dated, ProjectDetail.Stage::original, ORIGINAL),
                        series(text("project.stage.planned", locale), dated, ProjectDetail.Stage::planned, PLANNED),
                        series(text("project.stage.actual", locale), dated, ProjectDetail.Stage::actual, ACTUAL)));
        List<List<Long>> slips = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            ProjectDetail.Stage stage = dated.get(i);
            if (stage.slipped()) {
                slips.add(List.of((long) i, millis(stage.original()), millis(stage.planned())));
            }
        }
        spec.put("slips", slips);
        spec.put("slipName", text("project.timeline.slip", locale));
        spec.put("slipColor", SLIP);
        return JSON.writeValueAsString(spec);
    }

    private static Map<String, Object> series(
            String name,
            List<ProjectDetail.Stage> stages,
            Function<ProjectDetail.Stage, VagueDate> date,
            String color) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("data", stages.stream().map(s -> millis(date.apply(s))).toList());
        series.put(
                "texts",
                stages.stream()
                        .map(s -> date.apply(s) == null ? "" : date.apply(s).text())
                        .toList());
        series.put("color", color);
        return series;
    }

    private static Long millis(VagueDate date) {
        if (date == null) {
            return null;
        }
        LocalDate day = date.latest();
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
