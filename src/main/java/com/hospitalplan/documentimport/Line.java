package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the document's text with its place: {@code start} is the offset of its first character that is not
 * blank, a Markdown heading mark or a bold tag, {@code end} the offset after its last non-blank character.
 */
record Line(int index, int start, int end, String text, boolean tabbed) {

    /** Cells of a text table are separated by tabs (Word tables and PDF columns become such lines). */
    boolean isTableRow() {
        return tabbed;
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    /** The document's lines, each trimmed; offsets are those of {@code document}. */
    static List<Line> of(String document) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        while (from <= document.length()) {
            int newline = document.indexOf('\n', from);
            int to = newline < 0 ? document.length() : newline;
            int start = from;
            int end = to;
            while (start < end && skippable(document, start)) {
                start += skipLength(document, start);
            }
            while (end > start && (isBlank(document.charAt(end - 1)) || document.charAt(end - 1) == '*')) {
                end--;
            }
            boolean tabbed = document.substring(from, to).strip().indexOf('\t') >= 0
                    || document.substring(from, to).endsWith("\t");
            lines.add(new Line(lines.size(), start, end, document.substring(start, end), tabbed));
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        return lines;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\ufeff';
    }

    private static boolean skippable(String text, int at) {
        char c = text.charAt(at);
        return isBlank(c)
                || c == '#'
                || c == '*'
                || markLength(text, at) > 0
                || text.startsWith("<b>", at)
                || text.startsWith("- ", at);
    }

    /** A conversion's mark such as "[bookmark: _GoBack]": ASCII in square brackets. */
    private static int markLength(String text, int at) {
        if (text.charAt(at) != '[') {
            return 0;
        }
        for (int i = at + 1; i < text.length() && i < at + 40; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i + 1 - at;
            }
            if (c > 127 || c == '\n') {
                return 0;
            }
        }
        return 0;
    }

    private static int skipLength(String text, int at) {
        int mark = markLength(text, at);
        if (mark > 0) {
            return mark;
        }
        if (text.startsWith("<b>", at)) {
            return 3;
        }
        return text.startsWith("- ", at) ? 2 : 1;
    }
}
