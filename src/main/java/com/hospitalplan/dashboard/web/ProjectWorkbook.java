package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.ProjectBoard;
import com.hospitalplan.project.InvestmentTable;
import com.hospitalplan.project.ProgressRates;
import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectStanding;
import com.hospitalplan.shared.ExcelTables;
import com.hospitalplan.shared.ExcelTables.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A dashboard's construction projects as a 项目进度月报 workbook: one row per project in the columns of the monthly
 * report (项目名称 … 存在问题), money in 万元 and rates in % as numbers; a total with unstated lines is written as the
 * text people read ("至少 5,000"), a rate over such a total as "至多 …".
 */
@Component
class ProjectWorkbook {

    private static final List<String> COLUMNS = List.of(
            "name",
            "builder",
            "kind",
            "scale",
            "total",
            "yearPlanned",
            "periodInvestment",
            "cumulativeInvestment",
            "investmentRate",
            "fundsRate",
            "works",
            "stage",
            "inUse",
            "problems");

    private final MessageSource messages;

    ProjectWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ProjectBoard board, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectBoard.ProjectRow row : board.rows()) {
            ProjectStanding s = row.standing();
            rows.add(DashboardSheets.row(
                    s.project().name(),
                    row.builder(),
                    s.project().kind() == null
                            ? null
                            : text("project.kind." + s.project().kind(), locale),
                    scale(s.project().specification(), locale),
                    total(s.total(), locale),
                    total(s.yearPlanned(), locale),
                    s.periodInvestment(),
                    s.cumulativeInvestment(),
                    rate(s.investmentRate(), locale),
                    rate(s.fundsRate(), locale),
                    s.worksPercent() == null ? null : s.worksPercent().stripTrailingZeros(),
                    s.currentStage(),
                    s.plannedInUse() == null ? null : s.plannedInUse().text(),
                    s.problems()));
        }
        return ExcelTables.write(List.of(new Table(
                text("dashboard.projects.sheet", locale),
                COLUMNS.stream()
                        .map(column -> text("dashboard.projects.column." + column, locale, board.year()))
                        .toList(),
                rows)));
    }

    /** 建设规模: the whole project's planned figures ("总建筑面积 36000㎡；床位 300张"). */
    private String scale(List<ProjectCommands.Figure> figures, Locale locale) {
        String text = figures.stream()
                .filter(f -> f.planned() != null)
                .map(f -> text("project.measure." + f.measure(), locale) + " "
                        + f.planned().stripTrailingZeros().toPlainString() + f.unit())
                .collect(Collectors.joining("；"));
        return text.isEmpty() ? null : text;
    }

    private Object total(InvestmentTable.Total total, Locale locale) {
        if (total == null || total.amount() == null) {
            return null;
        }
        return total.complete()
                ? total.amount()
                : text("project.atLeast", locale, total.amount().toPlainString());
    }

    private Object rate(ProgressRates.Rate rate, Locale locale) {
        if (rate == null) {
            return null;
        }
        BigDecimal percent = rate.percent();
        return rate.atMost() ? text("project.progress.atMost", locale, percent.toPlainString()) : percent;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
