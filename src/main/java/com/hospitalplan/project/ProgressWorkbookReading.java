package com.hospitalplan.project;

import com.hospitalplan.shared.CellProblem;
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
     * One figure the workbook changes.
     *
     * @param field the report form's field (investment, funds, percent, stage, problems)
     */
    public record Change(String project, String field, String before, String after) {}
}
