package com.hospitalplan.targets;

import static com.hospitalplan.targets.Chars.charAt;
import static com.hospitalplan.targets.Chars.chineseEnd;
import static com.hospitalplan.targets.Chars.digitsEnd;
import static com.hospitalplan.targets.Chars.isDigit;
import static com.hospitalplan.targets.Chars.precededBy;
import static com.hospitalplan.targets.Units.canonicalUnit;
import static com.hospitalplan.targets.Units.perUnitAt;
import static com.hospitalplan.targets.Units.unitAt;

import com.hospitalplan.targets.TargetScanner.Quantity;
import java.math.BigDecimal;

/** Reads the quantity that starts with a number: its 万/亿 multiplier, "余/多", its unit, a range to a second number. */
final class QuantityReader {

    private QuantityReader() {}

    /** The quantity starting with the number at {@code start}: its unit, a range, 万/亿 multipliers. */
    static Quantity quantity(String text, int start, int numberEnd, BigDecimal value, boolean chinese) {
        int at = numberEnd;
        String multiplier = "";
        char next = charAt(text, at);
        if (!chinese && (next == '万' || next == '亿')) {
            multiplier = String.valueOf(next);
            at++;
        }
        boolean over = false;
        char more = charAt(text, at);
        if ((more == '余' || more == '多') && unitAt(text, at + 1) != null) {
            // "200余人": more than 200
            over = true;
            at++;
        }
        String unit = unitAt(text, at);
        if (unit == null && charAt(text, at) == '强') {
            unit = "强";
        }
        if (unit == null && !multiplier.isEmpty()) {
            // "1000万以上": the multiplier is the unit as written; the parser applies it to the indicator's unit
            unit = multiplier;
        } else if (unit != null) {
            at += unit.length();
            unit = multiplier + unit;
        }
        if (chinese && unit == null && !precededBy(text, start, "前", "第")) {
            // Chinese numerals count only with a unit after them: "三十人" yes, the "三" of "三级医院" no
            return null;
        }
        if (unit != null) {
            String per = perUnitAt(text, at);
            if (per != null) {
                at += per.length();
                unit = unit + "/" + per.substring(1);
            }
        } else {
            String per = perUnitAt(text, at);
            if (per != null && per.startsWith("/")) {
                at += per.length();
                unit = per;
            }
        }
        BigDecimal upper = null;
        char mark = charAt(text, at);
        if (mark == '~' || mark == '-' || mark == '至' || mark == '到') {
            int second = at + 1;
            char first = charAt(text, second);
            if (isDigit(first) || (chinese && ChineseNumbers.startsNumber(first))) {
                int secondEnd = isDigit(first) ? digitsEnd(text, second) : chineseEnd(text, second);
                BigDecimal high =
                        ChineseNumbers.parse(text.substring(second, secondEnd).replace(",", ""));
                char afterSecond = charAt(text, secondEnd);
                if (high != null && afterSecond == '年' && !chinese) {
                    // "1-2年的时间": a span of time, not a quantity
                    return null;
                }
                if (high != null && afterSecond != '年' && afterSecond != '月') {
                    int end = secondEnd;
                    String secondUnit = unitAt(text, end);
                    if (secondUnit != null) {
                        end += secondUnit.length();
                        boolean multiplierOnly = "万".equals(unit) || "亿".equals(unit);
                        unit = unit == null || (multiplierOnly && secondUnit.startsWith(unit)) ? secondUnit : unit;
                    }
                    upper = high;
                    at = end;
                }
            }
        }
        return new Quantity(start, at, value, upper, canonicalUnit(unit), chinese, over);
    }
}
