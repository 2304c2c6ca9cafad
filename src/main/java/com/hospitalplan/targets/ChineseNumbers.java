package com.hospitalplan.targets;

import java.math.BigDecimal;

/** Reads numbers written with Chinese numerals ("百", "三十", "十五", "两", "一百二十", "两千", "三万"). */
final class ChineseNumbers {

    static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿廿卅卌";

    private ChineseNumbers() {}

    static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    /** Whether a run of numerals may start with {@code c}: a digit or 十/百/千, never 万/亿 alone. */
    static boolean startsNumber(char c) {
        return isNumeral(c) && c != '万' && c != '亿';
    }

    /** The value of {@code text}, digits or Chinese numerals; {@code null} when it is neither. */
    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean digits = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c == '.' && i > 0 && i < text.length() - 1)) {
                digits = false;
                break;
            }
        }
        if (digits) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notOneNumber) {
                return null;
            }
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int tens = tens(c);
            if (tens > 0) {
                // 廿 20, 卅 30, 卌 40, written as one character
                section += tens;
                digit = -1;
                continue;
            }
            long unit = unit(c);
            if (unit < 0) {
                return null;
            }
            if (unit >= 10_000) {
                total = (total + section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        return BigDecimal.valueOf(total);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int tens(char c) {
        return switch (c) {
            case '廿' -> 20;
            case '卅' -> 30;
            case '卌' -> 40;
            default -> -1;
        };
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }
}
