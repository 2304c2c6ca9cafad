package com.hospitalplan.targets;

import java.math.BigDecimal;

/** How the product understood a target, as a short phrase in the user's language ("≥35%", "每年≥6人"). */
public final class TargetDescriber {

    private TargetDescriber() {}

    public static Explanation describe(Target target) {
        return switch (target.measure()) {
            case LATEST_VALUE -> bound(target);
            case INCREASE ->
                Explanation.of(
                        "target.describe.increase",
                        (target.bound() == Bound.AT_LEAST || target.bound() == Bound.REACH) && !target.strict()
                                ? withUnit(target.value(), target.unit())
                                : bound(target));
            case YEARLY_VALUE -> Explanation.of("target.describe.yearly", bound(target));
            case YEARLY_GROWTH ->
                target.value().signum() < 0 && target.bound() == Bound.AT_MOST
                        ? Explanation.of(
                                "target.describe.decline",
                                Numbers.plain(target.value().negate()) + "%")
                        : Explanation.of("target.describe.growth", bound(target));
            case CUMULATIVE -> Explanation.of("target.describe.cumulative", bound(target));
            case LEVEL ->
                target.stretchLevel() == null
                        ? Explanation.of("target.describe.level", target.level())
                        : Explanation.of("target.describe.levelStretch", target.level(), target.stretchLevel());
            case ACHIEVEMENT -> Explanation.of("target.describe.achievement", target.reference());
            case BENCHMARK ->
                Explanation.of(
                        "target.describe.benchmark."
                                + (target.bound() == Bound.AT_MOST ? "below" : "above")
                                + (target.strict() ? "" : "OrEqual"),
                        target.reference());
            case RANK ->
                target.value() == null
                        ? Explanation.of("target.describe.rankFront", String.valueOf(target.reference()))
                        : target.reference() == null
                                ? Explanation.of("target.describe.rank", Numbers.plain(target.value()))
                                : Explanation.of(
                                        "target.describe.rankIn", target.reference(), Numbers.plain(target.value()));
            case INSTITUTION_SHARE ->
                Explanation.of("target.describe.share", Numbers.plain(target.value()) + "%", target.reference());
            case INSTITUTION_COUNT -> Explanation.of("target.describe.count", bound(target), target.reference());
        };
    }

    /** "≥35%", ">90%", "≤11分钟", "45%左右", "2~3个", "120项". */
    static Explanation bound(Target target) {
        String value = withUnit(target.value(), target.unit());
        return switch (target.bound()) {
            case AT_LEAST ->
                Explanation.of(target.strict() ? "target.describe.more" : "target.describe.atLeast", value);
            case AT_MOST -> Explanation.of(target.strict() ? "target.describe.less" : "target.describe.atMost", value);
            case ABOUT -> Explanation.of("target.describe.about", value);
            case RANGE ->
                Explanation.of(
                        "target.describe.range",
                        Numbers.plain(target.value()),
                        withUnit(target.upper(), target.unit()));
            case REACH -> Explanation.of("target.describe.reach", value);
            case YES -> Explanation.of("target.describe.achievement", target.reference());
        };
    }

    static String withUnit(BigDecimal value, String unit) {
        return Numbers.plain(value) + (unit == null ? "" : unit);
    }
}
