package com.hospitalplan.target;

import java.math.BigDecimal;

/** Reads numbers written with Chinese numerals ("百", "三十", "十五", "两", "一百二十") or digits. */
final class ChineseNumbers {

    static final String NUMERALS = "零〇一二两三四五六七八九十百千";

    private ChineseNumbers() {}

    /** The value of {@code text}, digits or Chinese numerals; {@code null} when it is neither. */
    static BigDecimal parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d+(\\.\\d+)?")) {
            return new BigDecimal(text);
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
            int unit = unit(c);
            if (unit < 0) {
                return null;
            }
            section += (digit < 0 ? 1 : digit) * unit;
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

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }
}
