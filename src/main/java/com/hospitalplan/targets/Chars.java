package com.hospitalplan.targets;

import java.util.List;

/** Looking at a target's text character by character, as the scanner and the slot readers do: no regular expressions. */
final class Chars {

    private Chars() {}

    static boolean startsWithAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    static int digitsEnd(String text, int start) {
        int i = start;
        boolean point = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if (c == '.' && !point && i + 1 < text.length() && isDigit(text.charAt(i + 1)) && i > start) {
                point = true;
                i++;
            } else if (c == ','
                    && i + 3 < text.length() + 0
                    && isDigit(charAt(text, i + 1))
                    && isDigit(charAt(text, i + 2))
                    && isDigit(charAt(text, i + 3))
                    && !isDigit(charAt(text, i + 4))) {
                // "1,500": a thousands separator, not a list
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static int skipDigits(String text, int start) {
        int i = start;
        while (i < text.length() && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    static int chineseEnd(String text, int start) {
        int i = start;
        while (i < text.length() && ChineseNumbers.isNumeral(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean precededBy(String text, int at, String... words) {
        for (String word : words) {
            if (at >= word.length() && text.startsWith(word, at - word.length())) {
                return true;
            }
        }
        return false;
    }

    static char charAt(String text, int at) {
        return at >= 0 && at < text.length() ? text.charAt(at) : 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
