package com.hospitalplan.documentimport;

import java.math.BigDecimal;

/** Small readings of document text shared by the extractors: years, Arabic numbers, sentence ends. */
final class Texts {

    private Texts() {}

    /** The first year (1950–2099) in {@code text} followed by 年 (spaces allowed), or 0. */
    static int yearIn(String text) {
        return yearIn(text, 0, text.length());
    }

    /** The first year in {@code text[from, to)} followed by 年, or 0. */
    static int yearIn(String text, int from, int to) {
        int at = yearAt(text, from, to);
        return at < 0 ? 0 : Integer.parseInt(digits(text.substring(at, at + 4)));
    }

    /** Where the first year followed by 年 starts in {@code text[from, to)}, or -1. */
    static int yearAt(String text, int from, int to) {
        for (int i = from; i + 4 <= to; i++) {
            if (isYear(text, i) && (i == 0 || !Numbering.isDigit(text.charAt(i - 1)))) {
                int after = Numbering.skipSpaces(text, i + 4);
                if (after < text.length() && text.charAt(after) == '年') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isYear(String text, int i) {
        if (i + 4 > text.length()) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Numbering.isDigit(text.charAt(i + k))) {
                return false;
            }
        }
        if (i + 4 < text.length() && Numbering.isDigit(text.charAt(i + 4))) {
            return false;
        }
        String d = digits(text.substring(i, i + 2));
        return d.equals("19") || d.equals("20");
    }

    /** Full-width digits as ASCII digits. */
    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }

    /** An Arabic number as written ("60,000", "1.5", "３０"), or {@code null}. */
    static BigDecimal number(String written) {
        String plain = digits(written).replace(",", "").replace("，", "").replace(" ", "");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isSentenceEnd(char c) {
        return c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n';
    }
}
