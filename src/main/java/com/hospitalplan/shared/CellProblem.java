package com.hospitalplan.shared;

import java.util.List;

/**
 * A problem (or warning) found in an uploaded workbook: where it is as Excel shows it and why, as a message key with
 * its arguments.
 *
 * @param row the row as Excel numbers it, or 0 for the whole workbook or sheet
 * @param column the column letter, or "" for a whole row or sheet
 */
public record CellProblem(String sheet, int row, String column, String key, List<String> args) {

    /** A problem of the whole workbook, with no place. */
    public static CellProblem ofWorkbook(String key) {
        return new CellProblem("", 0, "", key, List.of());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
