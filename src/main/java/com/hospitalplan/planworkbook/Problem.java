package com.hospitalplan.planworkbook;

import java.util.List;

/**
 * Something wrong with one cell (or row, or sheet) of a workbook, for the user to fix: where it is as Excel shows it
 * and why, as a message key with its arguments, rendered in the user's language. A warning does not stop the import.
 *
 * @param row the row as Excel numbers it (1 is the header row), or 0 for the whole sheet
 * @param column the column letter ("A"), or "" for the whole row or sheet
 */
public record Problem(String sheet, int row, String column, String key, List<String> args, boolean warning) {

    public Problem {
        args = List.copyOf(args);
    }

    /** The arguments for the message source. */
    public Object[] arguments() {
        return args.toArray();
    }
}
