package com.hospitalplan.targets;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An ordered scale of levels, lowest first: 电子病历应用水平 0–8级, 互联互通 一级…五级甲等, hospital grades, the national
 * performance-assessment grades D…A++, or any scale an administrator adds. Indicators name it by {@code key}; the
 * registered scales are a {@link LevelScaleCatalog}.
 */
public record LevelScale(String key, String name, List<String> levels) {

    private static final Map<String, String> SHORT_GRADES = Map.of(
            "三甲", "三级甲等", "三乙", "三级乙等", "二甲", "二级甲等", "二乙", "二级乙等", "一甲", "一级甲等", "四甲", "四级甲等", "四乙", "四级乙等", "五甲",
            "五级甲等", "五乙", "五级乙等");

    public LevelScale {
        levels = List.copyOf(levels);
    }

    /** Position of {@code level} on this scale (0 is the lowest), or -1 when the scale does not have it. */
    public int rank(String level) {
        if (level == null) {
            return -1;
        }
        String normalized = normalize(level);
        int index = levels.indexOf(normalized);
        if (index < 0 && levels.contains(level.strip() + "丙等")) {
            // a hospital tier without a grade ("三级中医院") is reached at the tier's lowest grade
            index = levels.indexOf(level.strip() + "丙等");
        }
        if (index < 0 && normalized.matches("\\d+级")) {
            // "7级" against a scale written in Chinese numerals
            index = levels.indexOf(chinese(Integer.parseInt(normalized.substring(0, normalized.length() - 1))) + "级");
        }
        return index;
    }

    /**
     * The grades of this scale that a level in {@code used} stands on (by {@link #rank}) and {@code newGrades} no longer
     * has, lowest first: what changing the scale to {@code newGrades} would take away from indicators and reports.
     */
    public List<String> removedGradesInUse(List<String> newGrades, Collection<String> used) {
        return used.stream()
                .mapToInt(this::rank)
                .filter(rank -> rank >= 0)
                .distinct()
                .sorted()
                .mapToObj(levels::get)
                .filter(grade -> !newGrades.contains(grade))
                .toList();
    }

    /**
     * The spelling levels are compared in: "七级" → "7级" where the scale is numeric, "三甲" → "三级甲等", "A级" → "A". Two
     * grades of one scale must not have the same spelling.
     */
    public static String normalize(String level) {
        String text = level.strip().replace("（", "(").replace("）", ")");
        if (SHORT_GRADES.containsKey(text)) {
            return SHORT_GRADES.get(text);
        }
        if (text.matches("[A-D]\\+{0,3}(级|等)")) {
            return text.substring(0, text.length() - 1);
        }
        if (text.matches("[零一二三四五六七八九十]级")) {
            return ChineseNumbers.parse(text.substring(0, 1)) + "级";
        }
        if (text.matches("[零一二三四五六七八九十]")) {
            return ChineseNumbers.parse(text) + "级";
        }
        if (text.matches("\\d+")) {
            return text + "级";
        }
        return text;
    }

    private static String chinese(int digit) {
        return digit >= 0 && digit <= 9 ? String.valueOf("零一二三四五六七八九".charAt(digit)) : String.valueOf(digit);
    }
}
