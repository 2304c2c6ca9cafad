package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.GoalRow;
import com.hospitalplan.dashboard.DashboardViews.InstitutionPlan;
import com.hospitalplan.dashboard.DashboardViews.MoneyRow;
import com.hospitalplan.dashboard.DashboardViews.Sparkline;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The charts of the plan, budget and institution dashboards, as JSON for {@code data-chart} (templates call it). */
@Component("planCharts")
public class PlanCharts {

    private final MessageSource messages;

    PlanCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** How many indicators stand where, as a donut. */
    public String status(List<StatusCount> counts, Locale locale) {
        List<StatusCount> present = counts.stream().filter(c -> c.count() > 0).toList();
        Map<String, Object> spec = Charts.spec(
                "donut",
                present.stream().map(c -> statusName(c.status(), locale)).toList());
        Map<String, Object> series = Charts.series(
                spec,
                text("dashboard.indicators", locale),
                present.stream().map(StatusCount::count).toList(),
                null);
        series.put(
                "colors",
                present.stream().map(c -> Charts.STATUS_COLORS.get(c.status())).toList());
        return Charts.json(spec);
    }

    /** How each goal area's indicators stand. */
    public String goals(List<GoalRow> goals, Locale locale) {
        return Charts.json(Charts.statusBars(
                goals.stream().map(PlanCharts::title).toList(),
                goals.stream().map(GoalRow::counts).toList(),
                status -> statusName(status, locale)));
    }

    /** Planned against spent money of the goal areas that have any. */
    public String goalMoney(List<GoalRow> goals, Locale locale) {
        List<GoalRow> withMoney = goals.stream()
                .filter(g -> g.planned().amount().signum() > 0 || g.spent().signum() > 0)
                .toList();
        return plannedAndSpent(
                withMoney.stream().map(PlanCharts::title).toList(),
                withMoney.stream().map(g -> g.planned().amount()).toList(),
                withMoney.stream().map(GoalRow::spent).toList(),
                locale);
    }

    /** Planned against spent money per heading of the budget dashboard. */
    public String money(List<MoneyRow> rows, Locale locale) {
        return plannedAndSpent(
                rows.stream().map(MoneyRow::label).toList(),
                rows.stream().map(r -> r.planned().amount()).toList(),
                rows.stream().map(MoneyRow::spent).toList(),
                locale);
    }

    /** How an institution's indicators stand, plan by plan, each bar leading to its plan. */
    public String institutionPlans(List<InstitutionPlan> plans, Locale locale) {
        Map<String, Object> spec = Charts.statusBars(
                plans.stream().map(InstitutionPlan::title).toList(),
                plans.stream().map(InstitutionPlan::counts).toList(),
                status -> statusName(status, locale));
        spec.put(
                "links",
                plans.stream().map(p -> "/plans/" + p.planId() + "/dashboard").toList());
        return Charts.json(spec);
    }

    /** A small line of an indicator's yearly figures beside its scorecard line; {@code null} without one. */
    public String sparkline(Sparkline trend) {
        if (trend == null) {
            return null;
        }
        Map<String, Object> spec = Charts.spec("line", trend.years());
        spec.put("sparkline", true);
        Charts.series(spec, "", trend.numbers(), Charts.PLANNED);
        return Charts.json(spec);
    }

    private String plannedAndSpent(
            List<String> labels, List<BigDecimal> planned, List<BigDecimal> spent, Locale locale) {
        Map<String, Object> spec = Charts.spec("bar", labels);
        spec.put("unit", text("dashboard.tenThousandYuan", locale));
        Charts.series(spec, text("dashboard.budget.planned", locale), planned, Charts.PLANNED);
        Charts.series(spec, text("dashboard.budget.spent", locale), spent, Charts.SPENT);
        return Charts.json(spec);
    }

    private static String title(GoalRow goal) {
        return (goal.number() == null ? "" : goal.number()) + goal.title();
    }

    private String statusName(Object status, Locale locale) {
        return text("dashboard.status." + status, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
