package com.hospitalplan.targets;

import static com.hospitalplan.targets.Chars.charAt;

import java.util.List;

/** The units a target's number may carry: single and compound ("张/千人"), in the form the parser compares. */
final class Units {

    /** Units of more than one character, longest first so that 万人次 wins over 万人 and 人次 over 人. */
    private static final List<String> LONG_UNITS = List.of(
            "万平方米", "平方公里", "万人次", "个百分点", "平方米", "百分点", "人·次", "人次", "床日", "分钟", "小时", "公里", "千米", "个月", "周岁", "万元",
            "亿元", "万人", "万册", "万件", "千元", "病床", "床位", "m2", "km", "kg", "MW");
    /** Measure words and units of one character that may stand after a number. */
    private static final String SHORT_UNITS = "%‰㎡个名人项门家所篇台张床次例倍场批套件本座栋辆种类支届轮位户元岁天日米吨亩株块条";
    /** What may follow "/" or "每" in a compound unit ("张/千人", "/10万", "人/万人口", "元/床日"). */
    private static final List<String> PER_UNITS = List.of(
            "万人口", "千人口", "万人", "千人", "百人", "10万", "万", "床日", "人口", "每日", "每天", "人", "床", "日", "天", "年", "月", "例", "次",
            "户");

    private Units() {}

    /** The unit written at {@code at}, or {@code null}. */
    static String unitAt(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        for (String unit : LONG_UNITS) {
            if (text.startsWith(unit, at)) {
                return unit;
            }
        }
        char c = text.charAt(at);
        if (SHORT_UNITS.indexOf(c) >= 0) {
            if (c == '人' && (text.startsWith("人口", at) || text.startsWith("人均", at))) {
                return null;
            }
            return String.valueOf(c);
        }
        return null;
    }

    /** "/千人", "每千人", "/10万" after a unit, returned as written with "/" first; otherwise {@code null}. */
    static String perUnitAt(String text, int at) {
        char c = charAt(text, at);
        if (c != '/' && c != '每') {
            return null;
        }
        for (String per : PER_UNITS) {
            if (text.startsWith(per, at + 1)) {
                return "/" + per;
            }
        }
        return null;
    }

    /** "个百分点" is 百分点, "m2" and "平方米" are ㎡. */
    static String canonicalUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "个百分点" -> "百分点";
            case "m2", "平方米" -> "㎡";
            case "人·次" -> "人次";
            default -> unit;
        };
    }
}
