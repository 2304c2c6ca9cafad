package com.hospitalplan.plan.web;

import com.hospitalplan.plan.LabelledLines;
import com.hospitalplan.plan.YearlyTarget;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading form text. */
final class Texts {

    private Texts() {}

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The yearly targets, or {@code null} when a line is not "year: target". */
    static List<YearlyTarget> yearlyTargets(String yearlyTargets) {
        List<YearlyTarget> list = new ArrayList<>();
        for (String[] line : LabelledLines.of(yearlyTargets)) {
            if (!line[0].matches("\\d{4}") || line[1].isBlank()) {
                return null;
            }
            list.add(new YearlyTarget(Integer.parseInt(line[0]), line[1]));
        }
        list.sort(java.util.Comparator.comparingInt(YearlyTarget::year));
        return list;
    }
}
