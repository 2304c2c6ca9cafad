package com.hospitalplan.target;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An ordered scale of levels, lowest first: 电子病历应用水平 0–8级, 互联互通 一级…五级甲等, hospital grades, the
 * national performance-assessment grades D…A++.
 */
public record LevelScale(String name, List<String> levels) {

    public static final LevelScale EMR = numeric("电子病历应用水平", 0, 8);
    public static final LevelScale SMART_SERVICE = numeric("智慧服务分级", 0, 5);
    public static final LevelScale INTEROPERABILITY =
            new LevelScale("互联互通标准化成熟度", List.of("一级", "二级", "三级", "四级乙等", "四级甲等", "五级乙等", "五级甲等"));
    public static final LevelScale HOSPITAL_GRADE =
            new LevelScale("医院等级", List.of("一级丙等", "一级乙等", "一级甲等", "二级丙等", "二级乙等", "二级甲等", "三级丙等", "三级乙等", "三级甲等"));
    public static final LevelScale PERFORMANCE_GRADE =
            new LevelScale("绩效考核等级", List.of("D", "C", "B", "B+", "B++", "A", "A+", "A++"));

    /** The scales an indicator may name, by the key stored with the indicator, in the order offered to planners. */
    public static final Map<String, LevelScale> BY_KEY = orderedKeys();

    private static Map<String, LevelScale> orderedKeys() {
        Map<String, LevelScale> keys = new java.util.LinkedHashMap<>();
        keys.put("EMR", EMR);
        keys.put("SMART_SERVICE", SMART_SERVICE);
        keys.put("INTEROPERABILITY", INTEROPERABILITY);
        keys.put("HOSPITAL_GRADE", HOSPITAL_GRADE);
        keys.put("PERFORMANCE_GRADE", PERFORMANCE_GRADE);
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** The scale stored under {@code key} with an indicator, or {@code null} for none or an unknown key. */
    public static LevelScale byKey(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    private static final Map<String, String> SHORT_GRADES = Map.of(
            "三甲", "三级甲等", "三乙", "三级乙等", "二甲", "二级甲等", "二乙", "二级乙等", "一甲", "一级甲等", "四甲", "四级甲等", "四乙", "四级乙等", "五甲",
            "五级甲等", "五乙", "五级乙等");

    public LevelScale {
        levels = List.copyOf(levels);
    }

    /** Levels "{from}级" … "{to}级". */
    public static LevelScale numeric(String name, int from, int to) {
        return new LevelScale(
                name, IntStream.rangeClosed(from, to).mapToObj(i -> i + "级").toList());
    }

    /** The scale a level written on its own most likely belongs to. */
    public static LevelScale guess(String level) {
        String normalized = normalize(level);
        for (LevelScale scale : List.of(PERFORMANCE_GRADE, HOSPITAL_GRADE, INTEROPERABILITY, EMR)) {
            if (scale.levels.contains(normalized)) {
                return scale;
            }
        }
        return EMR;
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

    /** "七级" → "7级" where the scale is numeric, "三甲" → "三级甲等", "A级" → "A". */
    static String normalize(String level) {
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
