package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.*;

import com.hospitalplan.targets.TargetScanner.Scan;
import java.math.BigDecimal;
import java.util.List;

/**
 * Understands a target written the way Chinese plans write it, by the slots of docs/targets.md: a time frame, a
 * subject or set, a hedge, an aggregation, a verb, a comparator, the value with its unit, a suffix comparator and a
 * stretch; or an event, a grade, a rank or a benchmark instead of a value.
 *
 * <p>The wording is normalised once ({@link TargetWording}), scanned once for its quantities and years
 * ({@link TargetScanner}), and the slots are filled from what stands before and after the target quantity. No
 * regular expression is used, so the time taken grows with the length of the text and no more; texts longer than
 * {@link #MAX_LENGTH} are refused. Plain Java, stateless and thread-safe. The original text is kept in the result.
 */
public final class TargetParser {

    /** The parser's version, stored with every reading so that a better parser's changes can be listed. */
    public static final int VERSION = 2;

    /** The longest target wording read; the indicator table keeps targets of up to 500 characters. */
    public static final int MAX_LENGTH = 500;

    /** Percentages and counts beyond this many digits are absurd, not targets. */
    private static final int MAX_DIGITS = 12;

    /** Parses {@code text}; see {@link #parse(String, TargetContext)}. */
    public ParseResult parse(String text) {
        return parse(text, TargetContext.NONE);
    }

    /** Parses {@code text} with the indicator's unit as the only context. */
    public ParseResult parse(String text, String unitHint) {
        return parse(text, TargetContext.ofUnit(unitHint));
    }

    /** Parses {@code text} as a target of an indicator described by {@code context}. */
    public ParseResult parse(String text, TargetContext context) {
        if (text == null || text.isBlank()) {
            return ParseResult.error("target.parse.empty");
        }
        if (text.length() > MAX_LENGTH) {
            return ParseResult.error("target.parse.tooLong", String.valueOf(MAX_LENGTH));
        }
        String normalized = TargetWording.normalize(text);
        if (normalized.contains("分别")) {
            return ParseResult.error("target.parse.several", text.strip());
        }
        String unitHint = TargetWording.unit(context.unit());
        Clause clause = Clause.of(normalized);
        Target target = new SlotReader(context, unitHint).clause(clause.text());
        if (target == null) {
            return ParseResult.error("target.parse.unrecognized", text.strip());
        }
        if (absurd(target)) {
            return ParseResult.error("target.parse.absurd", text.strip());
        }
        Target.Builder done = target.toBuilder().text(text.strip()).hedge(clause.hedge());
        if (target.targetYear() == null) {
            done.targetYear(clause.year());
        }
        if (target.baseYear() == null && target.measure() == Measure.INCREASE) {
            done.baseYear(clause.baseYear());
        }
        done.approximate(target.bound() == Bound.ABOUT);
        done.derived(indexOfAny(normalized, List.of("推算", "测算", "估算", "预估")) >= 0);
        return ParseResult.of(done.build());
    }

    /** A rank of 0 or less, a percentage of more than 1000%, a number of more digits than any plan writes. */
    private static boolean absurd(Target target) {
        BigDecimal value = target.value();
        if (value == null) {
            return false;
        }
        if (value.precision() - value.scale() > MAX_DIGITS) {
            return true;
        }
        if (target.measure() == Measure.RANK && value.signum() <= 0) {
            return true;
        }
        return "%".equals(target.unit())
                && target.measure() != Measure.YEARLY_GROWTH
                && target.measure() != Measure.INCREASE
                && value.abs().compareTo(BigDecimal.valueOf(1000)) > 0;
    }

    /**
     * The clause without its time frame and hedge: "到2025年，力争达到90%" is "达到90%" due in 2025, hedged 力争.
     */
    record Clause(String text, Integer year, Integer baseYear, String hedge) {

        static Clause of(String normalized) {
            Scan scan = TargetScanner.scan(normalized);
            StringBuilder out = new StringBuilder(normalized.length());
            String hedge = null;
            int i = 0;
            while (i < normalized.length()) {
                int yearEnd = yearPhraseEnd(normalized, i);
                if (yearEnd > i) {
                    i = yearEnd;
                    continue;
                }
                String word = startingWord(normalized, i, HEDGES);
                if (word != null && !normalized.startsWith("基本标准", i)) {
                    hedge = hedge == null ? word : hedge;
                    i += word.length();
                    continue;
                }
                out.append(normalized.charAt(i));
                i++;
            }
            String text = trimPunctuation(out.toString());
            return new Clause(text, scan.year(), scan.baseYear(), hedge);
        }

        /**
         * Where a time frame starting at {@code at} ends ("到2025年底", "2022年6月底前", "至2025年", "十四五期间", "十四五末"),
         * or {@code at} itself when none starts there. A year after 较/比 is a base year and stays.
         */
        private static int yearPhraseEnd(String text, int at) {
            int i = at;
            String lead = startingWord(text, i, List.of("截至", "截止", "到", "至", "于", "在"));
            if (lead != null) {
                i += lead.length();
            }
            String plan = startingWord(text, i, List.of("十四五", "十五五", "十三五"));
            if (plan != null) {
                int end = i + plan.length();
                String tail = startingWord(text, end, List.of("期间", "期末", "末", "时期", "时"));
                return tail == null ? at : end + tail.length();
            }
            int digits = i;
            while (digits < text.length() && Chars.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits - i != 4 || Chars.charAt(text, digits) != '年') {
                return at;
            }
            if (Chars.precededBy(text, at, "较", "比", "与", "同")) {
                return at;
            }
            int end = digits + 1;
            int month = end;
            while (month < text.length() && Chars.isDigit(text.charAt(month)) && month - end < 2) {
                month++;
            }
            if (month > end && Chars.charAt(text, month) == '月') {
                end = month + 1;
                int day = end;
                while (day < text.length() && Chars.isDigit(text.charAt(day)) && day - end < 2) {
                    day++;
                }
                char dayMark = Chars.charAt(text, day);
                if (day > end && (dayMark == '日' || dayMark == '号')) {
                    end = day + 1;
                }
            }
            String tail;
            while ((tail = startingWord(text, end, TIME_WORDS)) != null && !tail.equals("到") && !tail.equals("至")) {
                end += tail.length();
            }
            return end;
        }
    }
}
