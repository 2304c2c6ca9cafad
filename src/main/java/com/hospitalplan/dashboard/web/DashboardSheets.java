package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.DashboardViews.MilestoneRow;
import com.hospitalplan.dashboard.DashboardViews.MoneyRow;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.SubTargetRow;
import com.hospitalplan.plan.Money;
import com.hospitalplan.plan.PlannedMoneyFormat;
import com.hospitalplan.shared.ExcelTables.Table;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The tables the dashboard workbooks share (scorecards, money, sub-targets), with headers in the reader's language. */
@Component
class DashboardSheets {

    private final MessageSource messages;
    private final PlannedMoneyFormat plannedMoney;

    DashboardSheets(MessageSource messages, PlannedMoneyFormat plannedMoney) {
        this.messages = messages;
        this.plannedMoney = plannedMoney;
    }

    /** Every milestone sub-target shown on the plan dashboard, one row each. */
    Table subTargets(List<MilestoneRow> milestones, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (MilestoneRow m : milestones) {
            for (SubTargetRow sub : m.subTargets()) {
                rows.add(row(
                        m.title(),
                        m.dueYear(),
                        sub.label() + "：" + sub.targetText(),
                        numberOr(sub.latestNumber(), sub.latest()),
                        sub.latestNumber() == null ? null : sub.unit(),
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
                        text("dashboard.sheet.unit", locale),
                        text("dashboard.subTargets.status", locale),
                        text("dashboard.explanation", locale)),
                rows);
    }

    Table money(String name, List<String> headers, List<MoneyRow> rows, Locale locale) {
        List<List<Object>> values = new ArrayList<>();
        for (MoneyRow r : rows) {
            values.add(row(
                    r.label(),
                    planned(r.planned(), locale),
                    r.spent(),
                    r.executionPercent(),
                    r.overPlan() ? text("dashboard.budget.overPlan", locale) : null));
        }
        return new Table(name, headers, values);
    }

    /** A number where it is exact and whole, else the text people read (约, 未说明), never a 0 for unknown money. */
    Object planned(Money money, Locale locale) {
        return money.complete() && !money.approximate() ? money.amount() : plannedMoney.total(money, locale);
    }

    Table scorecard(String name, List<ScoreRow> rows, Locale locale) {
        List<List<Object>> values = new ArrayList<>();
        for (ScoreRow r : rows) {
            values.add(row(
                    r.number(),
                    r.name(),
                    r.unit(),
                    numberOr(r.baselineNumber(), r.baseline()),
                    numberOr(r.latestNumber(), r.latest()),
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

    /**
     * A figure as a number when it is one (its unit stands in a column of its own), else as the text people read (a
     * level, 是/否), never a number with its unit glued to it ("3个").
     */
    static Object numberOr(java.math.BigDecimal number, String text) {
        return number != null ? number.stripTrailingZeros() : text;
    }

    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    String status(Status status, Locale locale) {
        return text("dashboard.status." + status, locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
