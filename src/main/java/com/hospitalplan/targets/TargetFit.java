package com.hospitalplan.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warns where a target's reading does not fit its indicator: a yes/no target on a percentage indicator, a number on a
 * yes/no indicator, a level on an indicator that is not of the level kind, a unit other than the indicator's, a
 * per-year or summed figure on a rate. Warnings, not refusals: the planner decides. Plain Java.
 */
public final class TargetFit {

    /** Units that mean the same ("%" of a change may be written 百分点). */
    private static final Set<String> PERCENT_UNITS = Set.of("%", "百分点");

    private TargetFit() {}

    /**
     * @param valueKind the indicator's value kind by name (NUMBER, PERCENTAGE, LEVEL, YES_NO), or {@code null}
     * @param unit the indicator's unit, or {@code null}
     */
    public static List<Explanation> warnings(Target target, String valueKind, String unit) {
        List<Explanation> warnings = new ArrayList<>();
        if (target == null || valueKind == null) {
            return warnings;
        }
        Target judged = target.condition() != null ? target.condition() : target;
        boolean perInstitution = target.condition() == null
                && (target.measure() == Measure.INSTITUTION_SHARE || target.measure() == Measure.INSTITUTION_COUNT);
        if (perInstitution) {
            return warnings;
        }
        Explanation kind = Explanation.of("target.fit.kind." + valueKind);
        switch (judged.measure()) {
            case ACHIEVEMENT -> {
                if (!valueKind.equals("YES_NO")) {
                    warnings.add(Explanation.of("target.fit.yesNoOnNumber", kind));
                }
            }
            case LEVEL -> {
                // a yes/no indicator may say whether the level is reached
                if (valueKind.equals("NUMBER") || valueKind.equals("PERCENTAGE")) {
                    warnings.add(Explanation.of("target.fit.levelOnNumber"));
                }
            }
            case BENCHMARK, RANK -> {}
            default -> {
                if (valueKind.equals("YES_NO")) {
                    warnings.add(Explanation.of("target.fit.numberOnYesNo"));
                }
                if (valueKind.equals("PERCENTAGE")
                        && (judged.measure() == Measure.YEARLY_VALUE || judged.measure() == Measure.CUMULATIVE)) {
                    warnings.add(Explanation.of("target.fit.perYearOnRate", kind));
                }
                String targetUnit = judged.unit();
                if (differ(targetUnit, unit, judged.measure())) {
                    warnings.add(Explanation.of("target.fit.unit", targetUnit, unit));
                }
            }
        }
        return warnings;
    }

    private static boolean differ(String targetUnit, String indicatorUnit, Measure measure) {
        if (targetUnit == null || indicatorUnit == null || indicatorUnit.isBlank()) {
            return false;
        }
        String indicator = TargetWording.unit(indicatorUnit);
        if (targetUnit.equals(indicator)) {
            return false;
        }
        boolean percent = PERCENT_UNITS.contains(targetUnit) && PERCENT_UNITS.contains(indicator);
        boolean growth = measure == Measure.YEARLY_GROWTH || measure == Measure.INCREASE;
        // 万人次 against 人次, 万元 against 元: the same measure with a multiplier
        boolean multiplied = targetUnit.endsWith(indicator) || indicator.endsWith(targetUnit);
        return !percent && !(growth && PERCENT_UNITS.contains(targetUnit)) && !multiplied;
    }
}
