package com.hospitalplan.documentimport;

/**
 * The numbering marks Chinese documents put before a heading or an item, by kind: 第一部分/第一章, 一、, （一）, 1. or
 * 1、, （1）, ①, and the dash ——. Plain Java, no regular expression.
 */
final class Numbering {

    enum Kind {
        PART,
        CHINESE,
        PAREN_CHINESE,
        ARABIC,
        PAREN_ARABIC,
        CIRCLED,
        DASH,
        SHI
    }

    /** A numbering mark: its kind, the mark as written, and where the text after it starts. */
    record Mark(Kind kind, String number, int end) {}

    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    private Numbering() {}

    /** The mark {@code text} starts with, or {@code null}. */
    static Mark at(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char first = text.charAt(0);
        if (first == '第') {
            int digits = chineseEnd(text, 1);
            for (String word : new String[] {"部分", "章", "篇"}) {
                if (digits > 1 && text.startsWith(word, digits)) {
                    return mark(Kind.PART, text, digits + word.length());
                }
            }
            return null;
        }
        if (text.startsWith("——")) {
            return mark(Kind.DASH, text, 2);
        }
        if (first >= '①' && first <= '⑳') {
            return mark(Kind.CIRCLED, text, 1);
        }
        if (first == '（' || first == '(') {
            int chinese = chineseEnd(text, 1);
            if (chinese > 1 && chinese - 1 <= 3 && closes(text, chinese)) {
                return mark(Kind.PAREN_CHINESE, text, chinese + 1);
            }
            int digits = digitsEnd(text, skipSpaces(text, 1));
            if (digits > skipSpaces(text, 1) && digits - skipSpaces(text, 1) <= 2) {
                int close = skipSpaces(text, digits);
                if (closes(text, close)) {
                    return mark(Kind.PAREN_ARABIC, text, close + 1);
                }
            }
            return null;
        }
        int chinese = chineseEnd(text, 0);
        if (chinese > 0 && chinese <= 3 && isComma(text, chinese)) {
            return mark(Kind.CHINESE, text, chinese + 1);
        }
        int digits = digitsEnd(text, 0);
        boolean decimal = digits < text.length() && text.charAt(digits) != '、' && isDigitAt(text, digits + 1);
        if (digits > 0 && digits <= 2 && isComma(text, digits) && !decimal) {
            return mark(Kind.ARABIC, text, digits + 1);
        }
        return null;
    }

    private static Mark mark(Kind kind, String text, int end) {
        String number = text.substring(0, end).replace(" ", "").replace("\u3000", "");
        return new Mark(kind, number, skipSpaces(text, end));
    }

    private static boolean closes(String text, int at) {
        return at < text.length() && (text.charAt(at) == '）' || text.charAt(at) == ')');
    }

    private static boolean isComma(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == '、' || c == '．' || c == '.' || c == '，';
    }

    static int chineseEnd(String text, int from) {
        int i = from;
        while (i < text.length() && CHINESE_DIGITS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (isDigitAt(text, i)) {
            i++;
        }
        return i;
    }

    static boolean isDigitAt(String text, int at) {
        return at < text.length() && isDigit(text.charAt(at));
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Line.isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
