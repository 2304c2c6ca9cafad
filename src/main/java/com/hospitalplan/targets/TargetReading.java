package com.hospitalplan.targets;

/**
 * The reading of a target as one sentence a planner can check ("理解为：到2025年，县级医院中达到推荐标准者占比达到90%"): the
 * time frame, the set and its condition, the aggregation and the bound, in the user's language.
 */
public final class TargetReading {

    private TargetReading() {}

    public static Explanation of(Target target) {
        Explanation body = body(target);
        Object year = target.targetYear() == null ? "" : Explanation.of("target.reading.byYear", target.targetYear());
        Object marks = target.derived()
                ? Explanation.of("target.reading.derived")
                : target.hedge() != null ? Explanation.of("target.reading.hedged", target.hedge()) : "";
        return Explanation.of("target.reading", year, body, marks);
    }

    private static Explanation body(Target target) {
        return switch (target.measure()) {
            case INSTITUTION_SHARE ->
                Explanation.of(
                        "target.reading.share",
                        setName(target),
                        condition(target),
                        TargetDescriber.bound(target.toBuilder().unit("%").build()));
            case INSTITUTION_COUNT ->
                Explanation.of(
                        "target.reading.count", setName(target), condition(target), TargetDescriber.bound(target));
            case INCREASE ->
                target.baseYear() == null
                        ? Explanation.of("target.reading.change", TargetDescriber.describe(target))
                        : Explanation.of(
                                "target.reading.changeSince", target.baseYear(), TargetDescriber.describe(target));
            case CUMULATIVE ->
                target.spanYears() == null
                        ? Explanation.of("target.reading.sum", TargetDescriber.describe(target))
                        : Explanation.of("target.reading.sumOver", target.spanYears(), TargetDescriber.bound(target));
            case LATEST_VALUE -> Explanation.of("target.reading.latest", TargetDescriber.describe(target));
            case LEVEL -> Explanation.of("target.reading.level", TargetDescriber.describe(target));
            case ACHIEVEMENT -> Explanation.of("target.reading.done", TargetDescriber.describe(target));
            default -> TargetDescriber.describe(target);
        };
    }

    private static Object setName(Target target) {
        String reference = target.reference();
        return reference == null || reference.isBlank() || reference.equals(target.text())
                ? Explanation.of("target.reading.coveredSet")
                : reference;
    }

    private static Object condition(Target target) {
        return target.condition() == null
                ? Explanation.of("target.reading.meetsTarget")
                : TargetDescriber.describe(target.condition());
    }
}
