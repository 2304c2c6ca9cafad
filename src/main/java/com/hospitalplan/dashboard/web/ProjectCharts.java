package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.ProjectBoard;
import com.hospitalplan.dashboard.ProjectBoard.CountyStages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the dashboards' construction projects, as JSON for {@code data-chart} (templates call it). */
@Component("projectCharts")
public class ProjectCharts {

    private final MessageSource messages;

    ProjectCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** A region's projects by stage per county, as stacked bars (one colour per stage, the table beside it). */
    public String byCounty(ProjectBoard board, Locale locale) {
        List<CountyStages> counties = board.byCounty();
        Map<String, Object> spec =
                Charts.spec("bar", counties.stream().map(CountyStages::name).toList());
        spec.put("stacked", true);
        spec.put("horizontal", true);
        spec.put("integer", true);
        spec.put("unit", messages.getMessage("dashboard.projects.unit", null, locale));
        for (int i = 0; i < board.stages().size(); i++) {
            int stage = i;
            Charts.series(
                    spec,
                    board.stages().get(i),
                    counties.stream().map(c -> c.counts().get(stage)).toList(),
                    Charts.SERIES.get(i % Charts.SERIES.size()));
        }
        Charts.series(
                spec,
                messages.getMessage("project.notStarted", null, locale),
                counties.stream().map(CountyStages::notStarted).toList(),
                Charts.EXPECTED);
        return Charts.json(spec);
    }
}
