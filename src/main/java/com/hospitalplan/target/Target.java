package com.hospitalplan.target;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A target as a plan states it, understood: what is measured, how it must relate to the value, and the original
 * wording. Immutable; the same text always parses to an equal target.
 *
 * @param measure what is compared
 * @param bound how it must compare
 * @param value the threshold, lower end of a range, increase, yearly rate, growth percent, total, rank or share
 * @param upper the upper end of a range, otherwise {@code null}
 * @param strict "more than" / "less than" rather than "at least" / "at most"
 * @param unit the unit as written ("%", "个", "人", "万元", "分钟"…), or {@code null}
 * @param level the target level of a {@link Measure#LEVEL} target ("七级", "四级甲等", "B++")
 * @param stretchLevel a stretch level beyond the target ("A" in "B++甚至A级"), or {@code null}
 * @param reference what the target refers to: the benchmark ("国家平均水平"), the ranking group ("全省县级医院"),
 *     the standard ("基本标准") or the achievement ("通过国家认证")
 * @param parts a sub-breakdown, empty when there is none
 * @param scoped targets for particular tiers, counties or institutions, empty when there are none
 * @param text the original wording, always kept
 */
public record Target(
        Measure measure,
        Bound bound,
        BigDecimal value,
        BigDecimal upper,
        boolean strict,
        String unit,
        String level,
        String stretchLevel,
        String reference,
        List<TargetPart> parts,
        List<ScopedTarget> scoped,
        String text) {

    public Target {
        parts = parts == null ? List.of() : List.copyOf(parts);
        scoped = scoped == null ? List.of() : List.copyOf(scoped);
    }

    /**
     * A target entered in the structured form, for wording the parser cannot read; {@code text} is still the
     * document's wording.
     */
    public static Target structured(
            Measure measure,
            Bound bound,
            BigDecimal value,
            BigDecimal upper,
            boolean strict,
            String unit,
            String level,
            String reference,
            String text) {
        return new Target(measure, bound, value, upper, strict, unit, level, null, reference, null, null, text);
    }

    static Target of(Measure measure, Bound bound, BigDecimal value, String unit, String text) {
        return new Target(measure, bound, value, null, false, unit, null, null, null, null, null, text);
    }

    Target withStrict(boolean strict) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withUpper(BigDecimal upper) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withReference(String reference) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withLevel(String level, String stretchLevel) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withParts(List<TargetPart> parts) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withScoped(List<ScopedTarget> scoped) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withText(String text) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    Target withMeasure(Measure measure) {
        return new Target(
                measure, bound, value, upper, strict, unit, level, stretchLevel, reference, parts, scoped, text);
    }

    /** The target that applies to {@code scope}: its own where the plan names one, otherwise this one. */
    public Target forScope(String scope) {
        if (scope == null) {
            return this;
        }
        Optional<ScopedTarget> own =
                scoped.stream().filter(s -> s.scope().equals(scope)).findFirst();
        return own.map(ScopedTarget::target).orElse(this);
    }
}
