package com.hospitalplan.project;

import java.util.List;
import java.util.Map;

/**
 * What a project progress workbook says, read against the unit's projects in the period.
 *
 * @param problems what keeps the workbook from being written (nothing is, while there is one)
 * @param warnings what is written as stated but flagged (形象进度 above 100 %)
 * @param changes each figure the workbook changes: what the report holds now and what it will hold
 * @param sent the workbook as the report form would send it (parameters {@code pp-<project>-<field>})
 * @param rowsRead how many filled rows the workbook has
 */
public record ProgressWorkbookReading(
        List<CellProblem> problems,
        List<CellProblem> warnings,
        List<Change> changes,
        Map<String, String> sent,
        int rowsRead) {

    public ProgressWorkbookReading {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
        sent = Map.copyOf(sent);
    }

    /** Whether the workbook may be written to the report: it has no problem. */
    public boolean importable() {
        return problems.isEmpty();
    }

    /**
     * One problem or warning: where it is as Excel shows it and why, as a message key with its arguments.
     *
     * @param row the row as Excel numbers it, or 0 for the whole workbook or sheet
     * @param column the column letter, or "" for a whole row or sheet
     */
    public record CellProblem(String sheet, int row, String column, String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /**
     * One figure the workbook changes.
     *
     * @param field the report form's field (investment, funds, percent, stage, problems)
     */
    public record Change(String project, String field, String before, String after) {}
}
