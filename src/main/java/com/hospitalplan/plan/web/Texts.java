package com.hospitalplan.plan.web;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading form text. */
final class Texts {

    private Texts() {}

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Non-blank lines of "label: value" (full-width colon too); a line without a colon has an empty value. */
    static List<String[]> labelledLines(String text) {
        List<String[]> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:：]", 2);
            lines.add(new String[] {parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""});
        }
        return lines;
    }
}
