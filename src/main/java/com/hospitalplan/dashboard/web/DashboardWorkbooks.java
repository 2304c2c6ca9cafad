package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.BudgetDashboard;
import com.hospitalplan.dashboard.DashboardViews.GoalMoney;
import com.hospitalplan.dashboard.DashboardViews.GoalRow;
import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.IndicatorDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionPlan;
import com.hospitalplan.dashboard.DashboardViews.MilestoneCounts;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.DashboardViews.TrendRow;
import com.hospitalplan.dashboard.DashboardViews.UnitRow;
import com.hospitalplan.shared.ExcelTables;
import com.hospitalplan.shared.ExcelTables.Table;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every table of a dashboard as a sheet of an .xlsx workbook, with the headers in the reader's language. */
@Component
class DashboardWorkbooks {

    private final DashboardSheets sheets;

    DashboardWorkbooks(DashboardSheets sheets) {
        this.sheets = sheets;
    }

    byte[] plan(PlanDashboard d, Locale locale) {
        List<Table> tables = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        String count = sheets.text("dashboard.sheet.count", locale);
        for (StatusCount c : d.counts()) {
            summary.add(List.of(
                    sheets.text("dashboard.indicators", locale), sheets.status(c.status(), locale), c.count(), count));
        }
        String milestones = sheets.text("dashboard.milestones", locale);
        MilestoneCounts m = d.milestones();
        Map<String, Integer> byState = new LinkedHashMap<>();
        byState.put("done", m.done());
        byState.put("due", m.due());
        byState.put("overdue", m.overdue());
        byState.put("later", m.later());
        byState.forEach((state, number) ->
                summary.add(List.of(milestones, sheets.text("dashboard.milestones." + state, locale), number, count)));
        if (d.milestones().subTargets() > 0) {
            summary.add(List.of(
                    milestones,
                    sheets.text("dashboard.subTargets.met", locale),
                    d.milestones().subTargetsMet() + " / " + d.milestones().subTargets(),
                    count));
        }
        String budget = sheets.text("dashboard.budget", locale);
        String tenThousandYuan = sheets.text("dashboard.tenThousandYuan", locale);
        summary.add(List.of(
                budget,
                sheets.text("dashboard.budget.planned", locale),
                sheets.planned(d.planned(), locale),
                tenThousandYuan));
        summary.add(List.of(budget, sheets.text("dashboard.budget.spent", locale), d.spent(), tenThousandYuan));
        summary.add(DashboardSheets.row(
                budget, sheets.text("dashboard.budget.execution", locale), d.executionPercent(), "%"));
        tables.add(new Table(
                sheets.text("dashboard.sheet.summary", locale),
                List.of(
                        sheets.text("dashboard.sheet.what", locale),
                        sheets.text("dashboard.sheet.item", locale),
                        sheets.text("dashboard.sheet.value", locale),
                        sheets.text("dashboard.sheet.unit", locale)),
                summary));
        List<String> goalHeaders = new ArrayList<>(List.of(sheets.text("dashboard.goal", locale)));
        for (Status s : Status.values()) {
            goalHeaders.add(sheets.status(s, locale));
        }
        goalHeaders.addAll(List.of(
                sheets.text("dashboard.milestones.done", locale),
                sheets.text("dashboard.milestones.overdue", locale),
                sheets.text("dashboard.budget.planned", locale) + "（" + sheets.text("dashboard.tenThousandYuan", locale)
                        + "）",
                sheets.text("dashboard.budget.spent", locale) + "（" + sheets.text("dashboard.tenThousandYuan", locale)
                        + "）"));
        List<List<Object>> goals = new ArrayList<>();
        for (GoalRow g : d.goals()) {
            List<Object> row = new ArrayList<>();
            row.add((g.number() == null ? "" : g.number()) + g.title());
            g.counts().forEach(c -> row.add(c.count()));
            row.add(g.milestones().done());
            row.add(g.milestones().overdue());
            row.add(sheets.planned(g.planned(), locale));
            row.add(g.spent());
            goals.add(row);
        }
        tables.add(new Table(sheets.text("dashboard.byGoal", locale), goalHeaders, goals));
        if (!d.milestoneRows().isEmpty()) {
            tables.add(sheets.subTargets(d.milestoneRows(), locale));
        }
        tables.add(sheets.scorecard(sheets.text("dashboard.scorecard", locale), d.scorecard(), locale));
        return ExcelTables.write(tables);
    }

    byte[] indicator(IndicatorDashboard d, Locale locale) {
        List<List<Object>> units = new ArrayList<>();
        for (UnitRow u : d.units()) {
            units.add(DashboardSheets.row(
                    u.name(),
                    u.regionName(),
                    DashboardSheets.numberOr(u.latestNumber(), u.latest()),
                    u.latestNumber() == null ? null : d.summary().unit(),
                    u.pending() ? sheets.text("dashboard.pendingMark", locale) : "",
                    u.period(),
                    u.progressPercent(),
                    sheets.status(u.status(), locale),
                    u.explanation()));
        }
        List<String> trendHeaders = new ArrayList<>(List.of(sheets.text("dashboard.period", locale)));
        trendHeaders.addAll(d.trendSeries());
        List<List<Object>> trend = new ArrayList<>();
        for (TrendRow t : d.trendRows()) {
            List<Object> row = new ArrayList<>(List.of(t.period()));
            t.values().forEach(v -> row.add(v.isEmpty() ? null : new java.math.BigDecimal(v)));
            trend.add(row);
        }
        return ExcelTables.write(List.of(
                sheets.scorecard(sheets.text("dashboard.indicator", locale), List.of(d.summary()), locale),
                new Table(
                        sheets.text("dashboard.byInstitution", locale),
                        List.of(
                                sheets.text("dashboard.institution", locale),
                                sheets.text("dashboard.region.name", locale),
                                sheets.text("dashboard.latest", locale),
                                sheets.text("dashboard.sheet.unit", locale),
                                sheets.text("dashboard.pendingMark", locale),
                                sheets.text("dashboard.period", locale),
                                sheets.text("dashboard.progress", locale) + " %",
                                sheets.text("dashboard.statusColumn", locale),
                                sheets.text("dashboard.explanation", locale)),
                        units),
                new Table(sheets.text("dashboard.trend", locale), trendHeaders, trend)));
    }

    byte[] institution(InstitutionDashboard d, Locale locale) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        for (InstitutionPlan p : d.plans()) {
            tables.add(sheets.scorecard(n++ + " " + p.title(), p.indicators(), locale));
        }
        if (tables.isEmpty()) {
            tables.add(new Table(d.name(), List.of(sheets.text("dashboard.institution.none", locale)), List.of()));
        }
        return ExcelTables.write(tables);
    }

    byte[] region(RegionDashboard d, Locale locale) {
        List<String> heatHeaders = new ArrayList<>(List.of(d.name()));
        d.indicators().forEach(i -> heatHeaders.add((i.number() == null ? "" : i.number() + " ") + i.name()));
        List<List<Object>> heat = new ArrayList<>();
        for (HeatRow h : d.heat()) {
            List<Object> row = new ArrayList<>(List.of(h.label()));
            h.cells().forEach(c -> row.add(c == null ? null : sheets.status(c, locale)));
            heat.add(row);
        }
        List<List<Object>> ranking = new ArrayList<>();
        for (RankRow r : d.ranking()) {
            ranking.add(DashboardSheets.row(
                    r.rank(),
                    r.label(),
                    DashboardSheets.numberOr(r.number(), r.value()),
                    r.number() == null ? null : d.rankUnit(),
                    sheets.status(r.status(), locale)));
        }
        return ExcelTables.write(List.of(
                new Table(sheets.text("dashboard.sheet.heat", locale), heatHeaders, heat),
                sheets.scorecard(sheets.text("dashboard.region.figures", locale, d.name()), d.indicators(), locale),
                new Table(
                        sheets.text("dashboard.region.ranking", locale),
                        List.of(
                                "#",
                                sheets.text("dashboard.region.name", locale),
                                d.rankIndicatorName() == null ? "" : d.rankIndicatorName(),
                                sheets.text("dashboard.sheet.unit", locale),
                                sheets.text("dashboard.statusColumn", locale)),
                        ranking)));
    }

    byte[] budget(BudgetDashboard d, Locale locale) {
        List<String> moneyHeaders = List.of(
                "",
                sheets.text("dashboard.budget.planned", locale) + "（" + sheets.text("dashboard.tenThousandYuan", locale)
                        + "）",
                sheets.text("dashboard.budget.spent", locale) + "（" + sheets.text("dashboard.tenThousandYuan", locale)
                        + "）",
                sheets.text("dashboard.budget.execution", locale) + " %");
        List<List<Object>> goals = new ArrayList<>();
        for (GoalMoney g : d.byGoal()) {
            goals.add(DashboardSheets.row(
                    g.label(),
                    sheets.planned(g.planned(), locale),
                    g.spent(),
                    g.executionPercent(),
                    sheets.text("dashboard.verdict." + g.verdict(), locale)));
        }
        List<String> goalHeaders = new ArrayList<>(moneyHeaders);
        goalHeaders.set(0, sheets.text("dashboard.goal", locale));
        List<String> lineHeaders = new ArrayList<>(moneyHeaders);
        lineHeaders.add(sheets.text("dashboard.budget.overPlan", locale));
        goalHeaders.add(sheets.text("dashboard.budgetPage.verdict", locale));
        return ExcelTables.write(List.of(
                new Table(sheets.text("dashboard.budgetPage.byGoal", locale), goalHeaders, goals),
                sheets.money(sheets.text("dashboard.budgetPage.by.source", locale), lineHeaders, d.bySource(), locale),
                sheets.money(
                        sheets.text("dashboard.budgetPage.by.category", locale), lineHeaders, d.byCategory(), locale),
                sheets.money(sheets.text("dashboard.budgetPage.by.year", locale), lineHeaders, d.byYear(), locale)));
    }
}
