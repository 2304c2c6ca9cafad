package com.hospitalplan.project;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as plans write it and finds the latest day it can mean. Plain Java.
 *
 * <p>Read: an exact day (2025-06-30, 2025年6月30日, 2025.6.30, 2025/6/30); a month (2025年6月, 2025-06, 六月) with
 * 底/末/前/以前/上旬/中旬/下旬; a quarter (2025年第二季度, 二季度, Q2); a half-year (上半年, 下半年, 年中); a year
 * (2025年, 2025年底前, 年内, 年初 = its first quarter); the plan periods 十四五 (2025) and 十五五 (2030). Words around
 * the date ("前", "完成", "力争") do not matter. Without a year the {@code contextYear} is used (a document's
 * "6月底前" in a section on a year); none given, the text is not read. Relative words (5年内, 尽快) are not read.
 */
public final class VagueDateReader {

    private static final String NUMBER = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";
    private static final Pattern EXACT = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年|-|\\.|/)\\s*" + NUMBER + "\\s*(?:月|-|\\.|/)\\s*" + NUMBER + "\\s*[日号]?");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?![0-9])");
    private static final Pattern MONTH = Pattern.compile("(?:^|[^0-9])" + NUMBER + "\\s*月(上旬|中旬|下旬)?");
    private static final Pattern ISO_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*[-./]\\s*(\\d{1,2})(?![0-9])");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<![0-9])[0-9]{1,2}\\s*个?[年月](?:内|以内|之内|后)|[一二三四五六七八九十两]\\s*个?[年月](?:内|以内|之内|后)|尽快|近期|适时");
    private static final Pattern PART_OF_YEAR = Pattern.compile("月|季度|[Qq][1-4]|上半年|下半年|年中|年初|年底|年末|年内");
    private static final Pattern QUARTER = Pattern.compile("(?:第?([一二三四1-4])\\s*季度|[Qq]([1-4]))");

    private VagueDateReader() {}

    /** The date the text means, or empty when it cannot be read. */
    public static Optional<VagueDate> read(String text, Integer contextYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String written = text.strip();
        String normal = ascii(written.replace('（', '(').replace('）', ')').replace("　", " "));
        try {
            return latest(normal, contextYear).map(day -> new VagueDate(written, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> latest(String text, Integer contextYear) {
        if (RELATIVE.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher exact = EXACT.matcher(text);
        if (exact.find()) {
            return Optional.of(
                    LocalDate.of(Integer.parseInt(exact.group(1)), number(exact.group(2)), number(exact.group(3))));
        }
        Matcher isoMonth = ISO_MONTH.matcher(text);
        if (isoMonth.find()) {
            return Optional.of(YearMonth.of(Integer.parseInt(isoMonth.group(1)), Integer.parseInt(isoMonth.group(2)))
                    .atEndOfMonth());
        }
        Integer written = yearOf(text);
        Integer year = written != null ? written : contextYear;
        if (year == null || (written == null && !PART_OF_YEAR.matcher(text).find())) {
            return Optional.empty();
        }
        String rest = text.replaceFirst("(?:19|20)\\d{2}(?![0-9])\\s*年?", " ");
        Matcher month = MONTH.matcher(rest);
        if (month.find()) {
            YearMonth yearMonth = YearMonth.of(year, number(month.group(1)));
            String part = month.group(2);
            if ("上旬".equals(part)) {
                return Optional.of(yearMonth.atDay(10));
            }
            if ("中旬".equals(part)) {
                return Optional.of(yearMonth.atDay(20));
            }
            return Optional.of(yearMonth.atEndOfMonth());
        }
        Matcher quarter = QUARTER.matcher(rest);
        if (quarter.find()) {
            String q = quarter.group(1) != null ? quarter.group(1) : quarter.group(2);
            return Optional.of(YearMonth.of(year, number(q) * 3).atEndOfMonth());
        }
        if (rest.contains("上半年") || rest.contains("年中")) {
            return Optional.of(LocalDate.of(year, 6, 30));
        }
        if (text.contains("年初")) {
            return Optional.of(LocalDate.of(year, 3, 31));
        }
        return Optional.of(LocalDate.of(year, 12, 31));
    }

    private static Integer yearOf(String text) {
        if (text.contains("十四五")) {
            return 2025;
        }
        if (text.contains("十五五")) {
            return 2030;
        }
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return Integer.parseInt(year.group(1));
        }
        return null;
    }

    private static String ascii(String text) {
        return text.chars()
                .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static int number(String ascii) {
        if (ascii.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(ascii);
        }
        return chinese(ascii);
    }

    private static int chinese(String numeral) {
        String units = "一二三四五六七八九";
        if (numeral.equals("十")) {
            return 10;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return units.indexOf(numeral.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : units.indexOf(numeral.charAt(0)) + 1;
        int ones = ten == numeral.length() - 1 ? 0 : units.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
