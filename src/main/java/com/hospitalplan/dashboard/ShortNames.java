package com.hospitalplan.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Short labels for many names side by side, as the columns and rows of a heat map show them; the full names stay in
 * the tooltips. Plan documents name indicators in whole clauses (廉江市人民医院医疗服务能力达到推荐标准) and institutions
 * after their county (遂溪县人民医院, 遂溪县中医院), which an axis cannot hold.
 *
 * <p>Widths are counted as a screen shows them: a Chinese character (or full-width sign) takes two, a Latin letter or
 * digit one.
 */
final class ShortNames {

    /** The widest an indicator's label is unless it needs more to differ from the others: eight Chinese characters. */
    static final int COLUMN_WIDTH = 16;

    /** The widest a label grows to differ from another one. */
    static final int WIDEST_COLUMN = 28;

    /** The widest a row's label is: twelve Chinese characters. */
    static final int ROW_WIDTH = 24;

    private static final String ELLIPSIS = "…";

    /** An aside in brackets, as in 医院等级（三级甲等综合医院创建） or RW≥2（基于省DRGS标准，各市级医院）. */
    private static final Pattern ASIDE = Pattern.compile("[（(【〔\\[][^（()）【】〔〕\\[\\]]*[）)】〕\\]]");

    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"「」『』《》]");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The last character of the name of a Chinese region (广东省, 湛江市, 遂溪县, 南山区, 达茂旗, 黔东南州, 锡林郭勒盟). */
    private static final String REGION_ENDINGS = "省市县区旗州盟";

    private ShortNames() {}

    /**
     * One label per name, in order: the name without asides in brackets and quotation marks, cut to {@link
     * #COLUMN_WIDTH} with an ellipsis; labels that would be the same are made longer until they differ, then keep
     * their asides, and names written the same are numbered in order ({@code 业务收入增长率（2）}).
     */
    static List<String> columns(List<String> names) {
        List<String> plain = names.stream().map(name -> plain(name, true)).toList();
        List<String> labels = new ArrayList<>(
                plain.stream().map(name -> cut(name, COLUMN_WIDTH)).toList());
        for (int width = COLUMN_WIDTH + 2; width <= WIDEST_COLUMN; width += 2) {
            int widest = width;
            replaceRepeats(labels, i -> cut(plain.get(i), widest));
        }
        replaceRepeats(labels, i -> cut(plain(names.get(i), false), WIDEST_COLUMN));
        Map<String, Integer> seen = new HashMap<>();
        List<String> repeated = repeats(labels);
        for (int i = 0; i < labels.size(); i++) {
            if (repeated.contains(labels.get(i))) {
                int occurrence = seen.merge(labels.get(i), 1, Integer::sum);
                labels.set(i, labels.get(i) + "（" + occurrence + "）");
            }
        }
        return List.copyOf(labels);
    }

    /**
     * One label per row, in order: when every row's name begins with the same region (遂溪县人民医院, 遂溪县中医院), that
     * region is left out (人民医院, 中医院) — the page's heading names it; each label is cut to {@link #ROW_WIDTH}.
     */
    static List<String> rows(List<String> names) {
        int prefix = sharedRegion(names);
        return names.stream()
                .map(name -> cut(name.substring(prefix).strip(), ROW_WIDTH))
                .toList();
    }

    /** The length of the region all names begin with, or 0 when they do not all begin with one (or are fewer than 2). */
    static int sharedRegion(List<String> names) {
        if (names.size() < 2) {
            return 0;
        }
        String first = names.get(0);
        int common = first.length();
        for (String name : names) {
            common = Math.min(common, commonPrefix(first, name));
        }
        int end = 0;
        for (int i = 1; i < common; i++) { // a region's name has at least two characters
            if (REGION_ENDINGS.indexOf(first.charAt(i)) >= 0) {
                end = i + 1;
            }
        }
        int regionEnd = end;
        return names.stream().anyMatch(name -> name.substring(regionEnd).isBlank()) ? 0 : end;
    }

    /** The name cut to {@code width} (see the class comment) with an ellipsis where it was cut. */
    static String cut(String name, int width) {
        if (width(name) <= width) {
            return name;
        }
        StringBuilder kept = new StringBuilder();
        int used = width(ELLIPSIS);
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            used += width(c);
            if (used > width) {
                break;
            }
            kept.appendCodePoint(c);
            i += Character.charCount(c);
        }
        return kept.toString().strip() + ELLIPSIS;
    }

    static int width(String text) {
        return text.codePoints().map(ShortNames::width).sum();
    }

    private static int width(int codePoint) {
        return isWide(codePoint) ? 2 : 1;
    }

    /** Chinese characters, CJK punctuation and full-width forms, which a screen shows twice as wide as a letter. */
    private static boolean isWide(int c) {
        return (c >= 0x2E80 && c <= 0x9FFF)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFF00 && c <= 0xFF60)
                || c == 0x2026;
    }

    /** The name without quotation marks and, if {@code withoutAsides} and something is left, without its asides. */
    private static String plain(String name, boolean withoutAsides) {
        String text = SPACES.matcher(QUOTES.matcher(name == null ? "" : name).replaceAll(""))
                .replaceAll(" ")
                .strip();
        if (withoutAsides) {
            String bare = ASIDE.matcher(text).replaceAll("").strip();
            if (!bare.isEmpty()) {
                text = bare;
            }
        }
        return text;
    }

    /** Gives every label that another one repeats the text {@code longer} makes for its index. */
    private static void replaceRepeats(List<String> labels, java.util.function.IntFunction<String> longer) {
        List<String> repeated = repeats(labels);
        IntPredicate isRepeated = i -> repeated.contains(labels.get(i));
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (isRepeated.test(i)) {
                indexes.add(i);
            }
        }
        indexes.forEach(i -> labels.set(i, longer.apply(i)));
    }

    private static List<String> repeats(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
