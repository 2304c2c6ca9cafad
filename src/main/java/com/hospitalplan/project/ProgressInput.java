package com.hospitalplan.project;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the report form sends for one project's progress (parameters {@code pp-<project>-investment}, {@code -funds},
 * {@code -percent}, {@code -stage}, {@code -problems}), read into figures with the problems of each field: amounts
 * in 万元 not below 0 with at most two decimals, 形象进度 a percentage not below 0 with at most one decimal (above 100 it
 * is taken as stated and flagged in {@code warnings}, never refused), the stage one of the list, problems at most
 * 2,000 characters. Text that is no number and a negative number have messages of their own. Plain Java.
 */
record ProgressInput(
        ProjectProgress.ProgressFigures figures, Map<String, String> problems, Map<String, String> warnings) {

    static final int MAX_PROBLEMS = 2000;

    /** 形象进度 above this is flagged, not refused. */
    static final BigDecimal FULL = BigDecimal.valueOf(100);

    /** The largest 形象进度 the column holds (numeric(5,1)). */
    private static final BigDecimal MOST_PERCENT = new BigDecimal("9999.9");

    /** Whether a stated 形象进度 is above 100 % (a warning on the form, the workbook and the project's page). */
    static boolean overFull(BigDecimal percent) {
        return percent != null && percent.compareTo(FULL) > 0;
    }

    static final String[] FIELDS = {"investment", "funds", "percent", "stage", "problems"};

    static String param(Long projectId, String field) {
        return "pp-" + projectId + "-" + field;
    }

    /** Whether the form sent anything for the project. */
    static boolean sent(Long projectId, Map<String, String> sent) {
        for (String field : FIELDS) {
            if (sent.containsKey(param(projectId, field))) {
                return true;
            }
        }
        return false;
    }

    static ProgressInput read(Long projectId, Map<String, String> sent, Collection<Long> stageIds) {
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal investment =
                number(projectId, "investment", sent, 2, null, "project.progress.error.money", problems);
        BigDecimal funds = number(projectId, "funds", sent, 2, null, "project.progress.error.money", problems);
        BigDecimal percent =
                number(projectId, "percent", sent, 1, MOST_PERCENT, "project.progress.error.percent", problems);
        Map<String, String> warnings = new LinkedHashMap<>();
        if (overFull(percent)) {
            warnings.put(param(projectId, "percent"), "project.progress.warning.overFull");
        }
        Long stageId = null;
        String stage = text(sent.get(param(projectId, "stage")));
        if (stage != null) {
            try {
                stageId = Long.valueOf(stage);
            } catch (NumberFormatException e) {
                stageId = null;
            }
            if (stageId == null || !stageIds.contains(stageId)) {
                problems.put(param(projectId, "stage"), "project.progress.error.stage");
            }
        }
        String text = text(sent.get(param(projectId, "problems")));
        if (text != null && text.length() > MAX_PROBLEMS) {
            problems.put(param(projectId, "problems"), "project.progress.error.tooLong");
        }
        return new ProgressInput(
                new ProjectProgress.ProgressFigures(investment, funds, percent, stageId, text), problems, warnings);
    }

    private static BigDecimal number(
            Long projectId,
            String field,
            Map<String, String> sent,
            int decimals,
            BigDecimal highest,
            String problem,
            Map<String, String> problems) {
        String text = text(sent.get(param(projectId, field)));
        if (text == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            problems.put(param(projectId, field), "project.progress.error.notNumber");
            return null;
        }
        if (number.signum() < 0) {
            problems.put(param(projectId, field), "project.progress.error.negative");
            return null;
        }
        if (number.stripTrailingZeros().scale() > decimals
                || (highest != null && number.compareTo(highest) > 0)
                || number.precision() - number.scale() > 12) {
            problems.put(param(projectId, field), problem);
            return null;
        }
        return number;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
