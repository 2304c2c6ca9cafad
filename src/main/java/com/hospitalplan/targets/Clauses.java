package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.trimPunctuation;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a target clause: a bracket closing it, the text without its bracketed remarks, and its segments
 * between commas and semicolons (a thousands separator does not split).
 */
final class Clauses {

    private Clauses() {}

    /** The bracket closing the text, when the text ends with one: its opening position, else -1. */
    static int trailingBracket(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every bracketed remark taken out (brackets nest; an unclosed one runs to the end). */
    static String withoutBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return trimPunctuation(out.toString());
    }

    static List<String> split(String text) {
        List<String> segments = new ArrayList<>();
        for (String segment : splitOn(text, ',', ';')) {
            String trimmed = trimPunctuation(segment);
            if (!trimmed.isEmpty()) {
                segments.add(trimmed);
            }
        }
        return segments;
    }

    static List<String> splitOn(String text, char a, char b) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == a || c == b) && !thousands(text, i)) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** "9,000": a comma between a digit and exactly three digits separates thousands, not clauses. */
    static boolean thousands(String text, int comma) {
        return text.charAt(comma) == ','
                && Chars.isDigit(Chars.charAt(text, comma - 1))
                && Chars.isDigit(Chars.charAt(text, comma + 1))
                && Chars.isDigit(Chars.charAt(text, comma + 2))
                && Chars.isDigit(Chars.charAt(text, comma + 3))
                && !Chars.isDigit(Chars.charAt(text, comma + 4));
    }
}
