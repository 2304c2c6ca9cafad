package com.hospitalplan.planworkbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one workbook as they are found; keeps the first {@link WorkbookReading#MAX_PROBLEMS}. */
final class Problems {

    private final List<Problem> kept = new ArrayList<>();
    private int count;

    void error(String sheet, int row, String column, String key, Object... args) {
        add(new Problem(sheet, row, column, key, strings(args), false));
    }

    void warning(String sheet, int row, String column, String key, Object... args) {
        add(new Problem(sheet, row, column, key, strings(args), true));
    }

    boolean hasErrors() {
        return kept.stream().anyMatch(p -> !p.warning());
    }

    /** Whether the sheet was found missing (its absence is already a problem). */
    boolean missingSheet(String sheet) {
        return kept.stream().anyMatch(p -> p.sheet().equals(sheet) && p.key().equals("workbook.problem.missingSheet"));
    }

    int count() {
        return count;
    }

    /** In the order a person goes through the workbook: sheet, row, column. */
    List<Problem> sorted() {
        return kept.stream()
                .sorted(Comparator.comparingInt((Problem p) -> sheetOrder(p.sheet()))
                        .thenComparingInt(Problem::row)
                        .thenComparingInt(p -> p.column().length())
                        .thenComparing(Problem::column))
                .toList();
    }

    private void add(Problem problem) {
        count++;
        if (kept.size() < WorkbookReading.MAX_PROBLEMS) {
            kept.add(problem);
        }
    }

    private static int sheetOrder(String sheet) {
        return WorkbookFormat.DATA_SHEETS.indexOf(sheet);
    }

    private static List<String> strings(Object... args) {
        List<String> strings = new ArrayList<>();
        for (Object arg : args) {
            strings.add(String.valueOf(arg));
        }
        return strings;
    }
}
