package com.hospitalplan.targets;

import static com.hospitalplan.targets.Chars.charAt;
import static com.hospitalplan.targets.Chars.chineseEnd;
import static com.hospitalplan.targets.Chars.digitsEnd;
import static com.hospitalplan.targets.Chars.isAsciiLetter;
import static com.hospitalplan.targets.Chars.isDigit;
import static com.hospitalplan.targets.Chars.precededBy;
import static com.hospitalplan.targets.Chars.skipDigits;
import static com.hospitalplan.targets.Chars.startsWithAny;
import static com.hospitalplan.targets.Units.unitAt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right scan of a normalised target clause that finds its numbers with their units ({@link Quantity}),
 * the years it names (a target year, a base year after 较/比) and a span of years ("5年", "三年内"). Linear in the
 * length of the text: every character is looked at a bounded number of times and no regular expression is used. A
 * number with a unit after it is read by {@link QuantityReader}.
 */
final class TargetScanner {

    /** What follows "N年" when it is a span of time ("5年内", "三年时间", "5年引进"). */
    private static final List<String> SPAN_FOLLOWERS = List.of(
            "内", "间", "时间", "的时间", "累计", "共", "里", "来", "引进", "培养", "招聘", "新增", "增加", "完成", "建成", "发表", "申报", "获得",
            "开展", "承担", "培训", "选派", "引育", "投入", "为一周期", "为一个周期", "争取", "力争", "将", ",", ")");
    /** Comparators after which "N年" is a duration to compare, not a span. */
    private static final String[] COMPARATORS = {"至少", "不少于", "不得少于", "不低于", "不超过", "超过", "满"};

    private static final java.util.Set<String> PLAN_PERIODS = java.util.Set.of("十二五", "十三五", "十四五", "十五五", "十六五");

    private TargetScanner() {}

    /**
     * A number with what is written around it.
     *
     * @param start where the number starts (a comparator before it ends here)
     * @param end where the quantity ends: after its unit and, for a range, after the second number's unit
     * @param value the number (the lower end of a range), with 万/亿 applied where no unit follows them
     * @param upper the upper end of a range, otherwise {@code null}
     * @param unit the unit as written after the number, {@code null} when none
     * @param chinese written in Chinese numerals
     * @param over "more than" written after the number ("200余人", "20多个")
     */
    record Quantity(
            int start, int end, BigDecimal value, BigDecimal upper, String unit, boolean chinese, boolean over) {

        Quantity(int start, int end, BigDecimal value, BigDecimal upper, String unit, boolean chinese) {
            this(start, end, value, upper, unit, chinese, false);
        }
    }

    /** What one scan found. */
    record Scan(List<Quantity> quantities, Integer year, Integer baseYear, Integer spanYears) {

        Quantity last() {
            return quantities.isEmpty() ? null : quantities.get(quantities.size() - 1);
        }
    }

    static Scan scan(String text) {
        List<Quantity> quantities = new ArrayList<>();
        Integer year = null;
        Integer baseYear = null;
        Integer span = null;
        int lastMonthEnd = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean digit = isDigit(c);
            if (!digit && !ChineseNumbers.startsNumber(c)) {
                i++;
                continue;
            }
            if (digit && i > 0 && isAsciiLetter(text.charAt(i - 1))) {
                // a number inside a code or name ("RW2", "B2"): skip all of it
                i = skipDigits(text, i);
                continue;
            }
            int numberEnd = digit ? digitsEnd(text, i) : chineseEnd(text, i);
            String number = text.substring(i, numberEnd);
            BigDecimal value = ChineseNumbers.parse(number.replace(",", ""));
            char after = charAt(text, numberEnd);
            if (value == null || PLAN_PERIODS.contains(number)) {
                // "十四五" names a five-year plan, not a number
                i = numberEnd;
                continue;
            }
            if (after == '年' && !digit && number.length() == 4 && chineseYear(number) != null) {
                year = year == null ? chineseYear(number) : year;
                i = numberEnd + 1;
                continue;
            }
            if (after == '年' && digit && number.length() == 4) {
                boolean base = precededBy(text, i, "较", "比", "与", "同", "相比")
                        || text.startsWith("的基础上", numberEnd + 1)
                        || text.startsWith("基础上", numberEnd + 1);
                int yearEnd = numberEnd + 1;
                if (base) {
                    baseYear = value.intValue();
                } else if (year == null) {
                    year = value.intValue();
                }
                i = yearEnd;
                continue;
            }
            if (digit && number.length() == 4 && (after == '-' || after == '~' || after == '至')) {
                // "2021-2025年": a period, its end is the target year
                int next = numberEnd + 1;
                int secondEnd = digitsEnd(text, next);
                if (secondEnd - next == 4 && charAt(text, secondEnd) == '年') {
                    year = year == null ? Integer.valueOf(text.substring(next, secondEnd)) : year;
                    i = secondEnd + 1;
                    continue;
                }
            }
            if (digit
                    && number.length() == 4
                    && value.intValue() >= 2000
                    && value.intValue() <= 2100
                    && precededBy(text, i, "力争", "争取", "到", "至", "截至")
                    && unitAt(text, numberEnd) == null
                    && "%.万亿-~".indexOf(after) < 0
                    && !isDigit(after)) {
                // "力争2025全国…": a year written without 年
                year = year == null ? value.intValue() : year;
                i = numberEnd;
                continue;
            }
            if (after == '分' && text.startsWith("分之", numberEnd)) {
                // "3分之一": a fraction, as a percentage
                int top = numberEnd + 2;
                char first = charAt(text, top);
                int topEnd = isDigit(first) ? digitsEnd(text, top) : chineseEnd(text, top);
                BigDecimal numerator = topEnd > top ? ChineseNumbers.parse(text.substring(top, topEnd)) : null;
                if (numerator != null && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(1000)) <= 0) {
                    BigDecimal percent = numerator
                            .multiply(BigDecimal.valueOf(100))
                            .divide(value, 2, java.math.RoundingMode.HALF_UP);
                    quantities.add(new Quantity(i, topEnd, percent, null, "%", !digit));
                    i = topEnd;
                    continue;
                }
            }
            if (digit
                    && number.length() == 3
                    && after == '年'
                    && value.intValue() >= 100
                    && value.intValue() <= 150
                    && (i == 0 || precededBy(text, i, "预计", "于", "在", "到", "至", "民国"))) {
                // "预计112年完工": a year of the Republic of China (Taiwan), 1911 before ours
                year = year == null ? value.intValue() + 1911 : year;
                i = numberEnd + 1;
                continue;
            }
            if (precededBy(text, i, "第")
                    && !startsWithAny(text, numberEnd, List.of("名", "位", "强"))
                    && numberEnd < text.length()) {
                // "第二人民医院", "第二季": an ordinal in a name or a date
                i = numberEnd;
                continue;
            }
            if (after == '年' && precededBy(text, i, COMPARATORS)) {
                // "至少1年": a duration is the quantity
                quantities.add(new Quantity(i, numberEnd + 1, value, null, "年", !digit));
                i = numberEnd + 1;
                continue;
            }
            if (after == '年' && !precededBy(text, i, "每")) {
                if (value.compareTo(BigDecimal.valueOf(50)) <= 0
                        && value.signum() > 0
                        && startsWithAny(text, numberEnd + 1, SPAN_FOLLOWERS)) {
                    span = value.intValue();
                }
                i = numberEnd + 1;
                continue;
            }
            if (after == '成'
                    && startsWithAny(
                            text,
                            numberEnd + 1,
                            List.of("以上", "以下", "左右", "的", "街道", "县", "乡", "医院", "病", "患", "接受", "三高", "人"))) {
                // "七成以上": seven tenths, a percentage
                quantities.add(new Quantity(i, numberEnd + 1, value.multiply(BigDecimal.TEN), null, "%", !digit));
                i = numberEnd + 1;
                continue;
            }
            if ((after == '日' || after == '号') && i == lastMonthEnd) {
                // the day of a date ("5月1日")
                i = numberEnd + 1;
                continue;
            }
            if (after == '月') {
                lastMonthEnd = numberEnd + 1;
                i = numberEnd + 1;
                continue;
            }
            if (after == '级' || after == '号' || after == '甲' || after == '乙' || after == '丙') {
                // a date, a grade ("5级", "三甲") or a document number: not a quantity
                i = numberEnd + 1;
                continue;
            }
            Quantity quantity = QuantityReader.quantity(text, i, numberEnd, value, !digit);
            if (quantity != null) {
                quantities.add(quantity);
                i = Math.max(quantity.end(), i + 1);
            } else {
                i = numberEnd;
            }
        }
        return new Scan(List.copyOf(quantities), year, baseYear, span);
    }

    /** "二〇二五" → 2025: a year written digit by digit in Chinese numerals, or {@code null}. */
    private static Integer chineseYear(String number) {
        int year = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = "〇一二三四五六七八九".indexOf(number.charAt(i));
            if (number.charAt(i) == '零') {
                d = 0;
            }
            if (d < 0) {
                return null;
            }
            year = year * 10 + d;
        }
        return year >= 1990 && year <= 2100 ? year : null;
    }
}
