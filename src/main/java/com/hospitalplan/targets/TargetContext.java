package com.hospitalplan.targets;

/**
 * What the parser may know about the indicator a target belongs to. Every part is optional.
 *
 * @param unit the indicator's unit ("级" turns a bare "七" into level 七级; a number without a unit takes it)
 * @param indicatorName the indicator's name: "每年" there makes a plain number a yearly value, and an institution noun
 *     there ("基层卫生院达到…") makes "全部达到" a share of that set
 * @param setSubject whether the indicator is reported by several institutions ({@code true}), by one
 *     ({@code false}), or unknown ({@code null}); "all of them" wording is a share of the set only for a set
 */
public record TargetContext(String unit, String indicatorName, Boolean setSubject) {

    public static final TargetContext NONE = new TargetContext(null, null, null);

    public static TargetContext ofUnit(String unit) {
        return new TargetContext(unit, null, null);
    }
}
