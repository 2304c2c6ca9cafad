package com.hospitalplan.plan;

/**
 * How the values of several institutions roll up to a region or a whole plan: an indicator declares it, or its value
 * kind implies one ({@link #defaultFor}).
 */
public enum Aggregation {
    SUM,
    AVERAGE,
    /** The average weighted by another indicator of the plan (a rate weighted by its denominator). */
    WEIGHTED_AVERAGE,
    MINIMUM,
    MAXIMUM,
    /** How many institutions meet the target. */
    COUNT_MEETING,
    /** Which share of the institutions meets the target, in percent. */
    SHARE_MEETING,
    /** The values mean nothing together; each institution is judged on its own. */
    NONE;

    /** Units of things that add up across institutions: counts and amounts. */
    private static final java.util.Set<String> ADDITIVE_UNITS = java.util.Set.of(
            "个", "名", "人", "项", "张", "床", "家", "所", "篇", "台", "次", "例", "人次", "万人次", "元", "万元", "亿元", "㎡", "平方米", "门",
            "场", "批", "套", "件", "本", "部", "种", "支", "位", "间", "栋", "辆", "份", "册");

    /** Words in an indicator's name that make it a rate, ratio or mean, which never add up. */
    private static final java.util.List<String> NOT_ADDITIVE_WORDS =
            java.util.List.of("率", "比", "占", "平均", "均", "每", "指数");

    /**
     * The rule an indicator rolls up by when it declares none. It never sums a rate, percentage, mean, per-bed or
     * per-capita figure: adding the 平均住院日 of 300 hospitals gives a number of days nobody stays. A number sums only
     * when its unit counts or amounts things (个, 人, 万元, 床…) and its name names no rate, ratio, share or mean (率, 比,
     * 占, 平均, 均, 人均, 床均, 每, 指数); any other number averages. Percentages average, levels take the lowest,
     * yes/no counts the share that has done it.
     */
    public static Aggregation defaultFor(ValueKind kind, String unit, String name) {
        return switch (kind) {
            case NUMBER -> additive(unit, name) ? SUM : AVERAGE;
            case PERCENTAGE -> AVERAGE;
            case LEVEL -> MINIMUM;
            case YES_NO -> SHARE_MEETING;
        };
    }

    private static boolean additive(String unit, String name) {
        if (unit == null || !ADDITIVE_UNITS.contains(unit.strip())) {
            return false;
        }
        return name == null || NOT_ADDITIVE_WORDS.stream().noneMatch(name::contains);
    }
}
