package com.hospitalplan.planworkbook;

import java.util.List;

/**
 * What reading a workbook gave: the plan it describes and every problem found, errors and warnings. The plan may be
 * imported only when no problem is an error.
 *
 * @param problems the problems in sheet, row and column order (at most {@link #MAX_PROBLEMS} are kept)
 * @param problemCount how many problems there were in all
 * @param rowsRead the data rows read, all sheets together
 */
public record WorkbookReading(PlanWorkbook workbook, List<Problem> problems, int problemCount, int rowsRead) {

    /** More problems than this are counted, not kept: a page of 100,000 problems helps nobody. */
    public static final int MAX_PROBLEMS = 1000;

    public WorkbookReading {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.stream().noneMatch(p -> !p.warning());
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(Problem::warning).toList();
    }
}
