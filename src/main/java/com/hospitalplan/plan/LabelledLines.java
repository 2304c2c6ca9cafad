package com.hospitalplan.plan;

import java.util.ArrayList;
import java.util.List;

/** Text of one "label: value" per line, as forms and workbooks take yearly targets and sub-targets. */
public final class LabelledLines {

    private LabelledLines() {}

    /**
     * Non-blank lines split at their first colon (half- or full-width); a line without one has an empty value.
     * {@code null} text has no lines.
     */
    public static List<String[]> of(String text) {
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
