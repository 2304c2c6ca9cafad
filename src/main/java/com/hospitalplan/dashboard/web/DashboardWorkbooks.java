package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.BudgetDashboard;
import com.hospitalplan.dashboard.DashboardViews.GoalMoney;
import com.hospitalplan.dashboard.DashboardViews.GoalRow;
import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.IndicatorDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionDashboard;
import com.hospitalplan.dashboard.DashboardViews.InstitutionPlan;
import com.hospitalplan.dashboard.DashboardViews.MilestoneRow;
import com.hospitalplan.dashboard.DashboardViews.MoneyRow;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.dashboard.DashboardViews.RankRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.DashboardViews.SubTargetRow;
import com.hospitalplan.dashboard.DashboardViews.TrendRow;
import com.hospitalplan.dashboard.DashboardViews.UnitRow;
import com.hospitalplan.plan.Money;
import com.hospitalplan.plan.PlannedMoneyFormat;
import com.hospitalplan.shared.ExcelTables;
import com.hospitalplan.shared.ExcelTables.Table;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every table of a dashboard as a sheet of an .xlsx workbook, with the headers in the reader's language. */
@Component
class DashboardWorkbooks {

    private final MessageSource messages;
    private final PlannedMoneyFormat plannedMoney;

    DashboardWorkbooks(MessageSource messages, PlannedMoneyFormat plannedMoney) {
        this.messages = messages;
        this.plannedMoney = plannedMoney;
    }

    /** Every milestone sub-target shown on the plan dashboard, one row each. */
    private Table subTargets(List<MilestoneRow> milestones, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (MilestoneRow m : milestones) {
            for (SubTargetRow sub : m.subTargets()) {
                rows.add(List.of(
                        m.title(),
                        m.dueYear(),
                        sub.label() + "：" + sub.targetText(),
                        sub.latest(),
                        status(sub.status(), locale),
                        sub.explanation()));
            }
        }
        return new Table(
                text("dashboard.subTargets", locale),
                List.of(
                        text("milestone.title", locale),
                        text("milestone.due", locale),
                        text("dashboard.subTargets.subTarget", locale),
                        text("dashboard.subTargets.latest", locale),
                        text("dashboard.subTargets.status", locale),
                        text("dashboard.explanation", locale)),
                rows);
    }

    byte[] plan(PlanDashboard d, Locale locale) {
        List<Table> tables = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        for (StatusCount c : d.counts()) {
            summary.add(List.of(text("dashboard.indicators", locale), status(c.status(), locale), c.count()));
        }
        String milestones = text("dashboard.milestones", locale);
        summary.add(List.of(
                milestones,
                text("dashboard.milestones.done", locale),
                d.milestones().done()));
        summary.add(List.of(
                milestones,
                text("dashboard.milestones.due", locale),
                d.milestones().due()));
        summary.add(List.of(
                milestones,
                text("dashboard.milestones.overdue", locale),
                d.milestones().overdue()));
        summary.add(List.of(
                milestones,
                text("dashboard.milestones.later", locale),
                d.milestones().later()));
        if (d.milestones().subTargets() > 0) {
            summary.add(List.of(
                    milestones,
                    text("dashboard.subTargets.met", locale),
                    d.milestones().subTargetsMet() + " / " + d.milestones().subTargets()));
        }
        String budget = text("dashboard.budget", locale);
        summary.add(List.of(budget, text("dashboard.budget.planned", locale), planned(d.planned(), locale)));
        summary.add(List.of(budget, text("dashboard.budget.spent", locale), d.spent()));
        List<Object> execution = new ArrayList<>(List.of(budget, text("dashboard.budget.execution", locale)));
        execution.add(d.executionPercent());
        summary.add(execution);
        tables.add(new Table(
                text("dashboard.sheet.summary", locale),
                List.of(
                        text("dashboard.sheet.what", locale),
                        text("dashboard.sheet.item", locale),
                        text("dashboard.sheet.value", locale)),
                summary));
        List<String> goalHeaders = new ArrayList<>(List.of(text("dashboard.goal", locale)));
        for (Status s : Status.values()) {
            goalHeaders.add(status(s, locale));
        }
        goalHeaders.addAll(List.of(
                text("dashboard.milestones.done", locale),
                text("dashboard.milestones.overdue", locale),
                text("dashboard.budget.planned", locale) + "（" + text("dashboard.tenThousandYuan", locale) + "）",
                text("dashboard.budget.spent", locale) + "（" + text("dashboard.tenThousandYuan", locale) + "）"));
        List<List<Object>> goals = new ArrayList<>();
        for (GoalRow g : d.goals()) {
            List<Object> row = new ArrayList<>();
            row.add((g.number() == null ? "" : g.number()) + g.title());
            g.counts().forEach(c -> row.add(c.count()));
            row.add(g.milestones().done());
            row.add(g.milestones().overdue());
            row.add(planned(g.planned(), locale));
            row.add(g.spent());
            goals.add(row);
        }
        tables.add(new Table(text("dashboard.byGoal", locale), goalHeaders, goals));
        if (!d.milestoneRows().isEmpty()) {
            tables.add(subTargets(d.milestoneRows(), locale));
        }
        tables.add(scorecard(text("dashboard.scorecard", locale), d.scorecard(), locale));
        return ExcelTables.write(tables);
    }

    byte[] indicator(IndicatorDashboard d, Locale locale) {
        List<List<Object>> units = new ArrayList<>();
        for (UnitRow u : d.units()) {
            units.add(row(
                    u.name(),
                    u.regionName(),
                    u.latest(),
                    u.pending() ? text("dashboard.pendingMark", locale) : "",
                    u.period(),
                    u.progressPercent(),
                    status(u.status(), locale),
                    u.explanation()));
        }
        List<String> trendHeaders = new ArrayList<>(List.of(text("dashboard.period", locale)));
        trendHeaders.addAll(d.trendSeries());
        List<List<Object>> trend = new ArrayList<>();
        for (TrendRow t : d.trendRows()) {
            List<Object> row = new ArrayList<>(List.of(t.period()));
            t.values().forEach(v -> row.add(v.isEmpty() ? null : new java.math.BigDecimal(v)));
            trend.add(row);
        }
        return ExcelTables.write(List.of(
                scorecard(text("dashboard.indicator", locale), List.of(d.summary()), locale),
                new Table(
                        text("dashboard.byInstitution", locale),
                        List.of(
                                text("dashboard.institution", locale),
                                text("dashboard.region.name", locale),
                                text("dashboard.latest", locale),
                                text("dashboard.pendingMark", locale),
                                text("dashboard.period", locale),
                                text("dashboard.progress", locale) + " %",
                                text("dashboard.statusColumn", locale),
                                text("dashboard.explanation", locale)),
                        units),
                new Table(text("dashboard.trend", locale), trendHeaders, trend)));
    }

    byte[] institution(InstitutionDashboard d, Locale locale) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        for (InstitutionPlan p : d.plans()) {
            tables.add(scorecard(n++ + " " + p.title(), p.indicators(), locale));
        }
        if (tables.isEmpty()) {
            tables.add(new Table(d.name(), List.of(text("dashboard.institution.none", locale)), List.of()));
        }
        return ExcelTables.write(tables);
    }

    byte[] region(RegionDashboard d, Locale locale) {
        List<String> heatHeaders = new ArrayList<>(List.of(d.name()));
        d.indicators().forEach(i -> heatHeaders.add((i.number() == null ? "" : i.number() + " ") + i.name()));
        List<List<Object>> heat = new ArrayList<>();
        for (HeatRow h : d.heat()) {
            List<Object> row = new ArrayList<>(List.of(h.label()));
            h.cells().forEach(c -> row.add(c == null ? null : status(c, locale)));
            heat.add(row);
        }
        List<List<Object>> ranking = new ArrayList<>();
        for (RankRow r : d.ranking()) {
            ranking.add(row(r.rank(), r.label(), r.value(), status(r.status(), locale)));
        }
        return ExcelTables.write(List.of(
                new Table(text("dashboard.sheet.heat", locale), heatHeaders, heat),
                scorecard(text("dashboard.region.figures", locale, d.name()), d.indicators(), locale),
                new Table(
                        text("dashboard.region.ranking", locale),
                        List.of(
                                "#",
                                text("dashboard.region.name", locale),
                                d.rankIndicatorName() == null ? "" : d.rankIndicatorName(),
                                text("dashboard.statusColumn", locale)),
                        ranking)));
    }

    byte[] budget(BudgetDashboard d, Locale locale) {
        List<String> moneyHeaders = List.of(
                "",
                text("dashboard.budget.planned", locale) + "（" + text("dashboard.tenThousandYuan", locale) + "）",
                text("dashboard.budget.spent", locale) + "（" + text("dashboard.tenThousandYuan", locale) + "）",
                text("dashboard.budget.execution", locale) + " %");
        List<List<Object>> goals = new ArrayList<>();
        for (GoalMoney g : d.byGoal()) {
            goals.add(row(
                    g.label(),
                    planned(g.planned(), locale),
                    g.spent(),
                    g.executionPercent(),
                    text("dashboard.verdict." + g.verdict(), locale)));
        }
        List<String> goalHeaders = new ArrayList<>(moneyHeaders);
        goalHeaders.set(0, text("dashboard.goal", locale));
        goalHeaders.add(text("dashboard.budgetPage.verdict", locale));
        return ExcelTables.write(List.of(
                new Table(text("dashboard.budgetPage.byGoal", locale), goalHeaders, goals),
                money(text("dashboard.budgetPage.by.source", locale), moneyHeaders, d.bySource(), locale),
                money(text("dashboard.budgetPage.by.category", locale), moneyHeaders, d.byCategory(), locale),
                money(text("dashboard.budgetPage.by.year", locale), moneyHeaders, d.byYear(), locale)));
    }

    private Table money(String name, List<String> headers, List<MoneyRow> rows, Locale locale) {
        List<List<Object>> values = new ArrayList<>();
        for (MoneyRow r : rows) {
            values.add(row(r.label(), planned(r.planned(), locale), r.spent(), r.executionPercent()));
        }
        return new Table(name, headers, values);
    }

    /** A number where it is exact and whole, else the text people read (约, 未说明), never a 0 for unknown money. */
    private Object planned(Money money, Locale locale) {
        return money.complete() && !money.approximate() ? money.amount() : plannedMoney.total(money, locale);
    }

    private Table scorecard(String name, List<ScoreRow> rows, Locale locale) {
        List<List<Object>> values = new ArrayList<>();
        for (ScoreRow r : rows) {
            values.add(row(
                    r.number(),
                    r.name(),
                    r.unit(),
                    r.baseline(),
                    r.latest(),
                    r.rule() == null ? "" : r.rule(),
                    r.pending() ? text("dashboard.pendingMark", locale) : "",
                    r.target(),
                    r.originalTarget(),
                    r.progressPercent(),
                    r.expectedPercent(),
                    status(r.status(), locale),
                    r.explanation(),
                    r.reporting(),
                    r.total()));
        }
        return new Table(
                name,
                List.of(
                        text("dashboard.sheet.number", locale),
                        text("dashboard.indicator", locale),
                        text("dashboard.sheet.unit", locale),
                        text("dashboard.baseline", locale),
                        text("dashboard.latest", locale),
                        text("judgement.rule.title", locale),
                        text("dashboard.pendingMark", locale),
                        text("dashboard.target", locale),
                        text("dashboard.targets.original", locale),
                        text("dashboard.progress", locale) + " %",
                        text("dashboard.sheet.expected", locale),
                        text("dashboard.statusColumn", locale),
                        text("dashboard.explanation", locale),
                        text("dashboard.sheet.reporting", locale),
                        text("dashboard.sheet.units", locale)),
                values);
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    private String status(Status status, Locale locale) {
        return text("dashboard.status." + status, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
