package com.hospitalplan.report.web;

import java.util.List;

/**
 * What a report workbook says, read against its report.
 *
 * @param form the report form with the workbook's values over the report's current ones
 * @param rowsRead how many filled rows the workbook has
 */
public record ReportWorkbookReading(ReportForm form, List<CellProblem> problems, List<Change> changes, int rowsRead) {

    public ReportWorkbookReading {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    /** Whether the workbook may be written to the report: it has no problem. */
    public boolean importable() {
        return problems.isEmpty();
    }

    /**
     * One problem: where it is as Excel shows it and why, as a message key with its arguments.
     *
     * @param row the row as Excel numbers it, or 0 for a whole sheet
     * @param column the column letter, or "" for a whole row or sheet
     */
    public record CellProblem(String sheet, int row, String column, String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** One value the workbook changes: what the report holds now and what it will hold once confirmed. */
    public record Change(String sheet, String item, String before, String after) {}
}
