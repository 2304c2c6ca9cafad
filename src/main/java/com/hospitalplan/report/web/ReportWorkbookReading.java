package com.hospitalplan.report.web;

import com.hospitalplan.shared.CellProblem;
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

    /** One value the workbook changes: what the report holds now and what it will hold once confirmed. */
    public record Change(String sheet, String item, String before, String after) {}
}
