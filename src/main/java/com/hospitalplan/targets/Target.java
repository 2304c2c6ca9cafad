package com.hospitalplan.targets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A target as a plan states it, understood: what is measured, how it must relate to the value, over what it is
 * counted, by when, and the original wording. Immutable; the same text always parses to an equal target.
 *
 * @param measure what is compared, and so how values are taken together ({@link #aggregation()})
 * @param bound how it must compare
 * @param value the threshold, lower end of a range, change, yearly rate, growth percent, total, rank, share or count
 * @param upper the upper end of a range, otherwise {@code null}
 * @param strict "more than" / "less than" rather than "at least" / "at most"
 * @param unit the unit as written ("%", "个", "人", "万元", "张/千人"…), or {@code null}
 * @param level the target level of a {@link Measure#LEVEL} target ("七级", "四级甲等", "B++")
 * @param stretchLevel a stretch level beyond the target ("A" in "B++甚至A级"), or {@code null}
 * @param reference what the target refers to: the benchmark ("国家平均水平"), the ranking group ("全省县级医院"),
 *     the standard ("基本标准"), the set of institutions ("县级医院") or the achievement ("通过国家认证")
 * @param parts a sub-breakdown, empty when there is none
 * @param scoped targets for particular tiers, counties or institutions, empty when there are none
 * @param text the original wording, always kept
 * @param targetYear the year the target is due where the wording says ("到2025年", "2022年6月底前"), otherwise
 *     {@code null}: the plan's end year
 * @param baseYear the named base year of a change ("较2020年提高"), otherwise {@code null}: the baseline's year
 * @param spanYears the span of a sum ("5年引进", "以三年为一周期"), otherwise {@code null}: the plan period
 * @param condition for {@link Measure#INSTITUTION_SHARE} and {@link Measure#INSTITUTION_COUNT}: what each member of
 *     the set must meet; {@code null} when the wording names it only in words ("达到推荐标准": done or not)
 * @param hedge the hedge word as written (力争, 确保, 基本, 争取, 原则上), kept as a flag: it never changes the value
 * @param approximate the figure is approximate (约, 左右)
 * @param derived the figure is derived, not stated (推算值, 测算, 估算)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
        String text,
        Integer targetYear,
        Integer baseYear,
        Integer spanYears,
        Target condition,
        String hedge,
        boolean approximate,
        boolean derived) {

    public Target {
        parts = parts == null ? List.of() : List.copyOf(parts);
        scoped = scoped == null ? List.of() : List.copyOf(scoped);
    }

    static Target of(Measure measure, Bound bound, BigDecimal value, String unit, String text) {
        return builder(measure, bound).value(value).unit(unit).text(text).build();
    }

    public static Builder builder(Measure measure, Bound bound) {
        return new Builder(measure, bound);
    }

    /** A builder holding this target's every slot, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(measure, bound);
        b.value = value;
        b.upper = upper;
        b.strict = strict;
        b.unit = unit;
        b.level = level;
        b.stretchLevel = stretchLevel;
        b.reference = reference;
        b.parts = parts;
        b.scoped = scoped;
        b.text = text;
        b.targetYear = targetYear;
        b.baseYear = baseYear;
        b.spanYears = spanYears;
        b.condition = condition;
        b.hedge = hedge;
        b.approximate = approximate;
        b.derived = derived;
        return b;
    }

    /** How reported values are taken together for this target: the latest, a sum, each year, a change, a set. */
    @JsonProperty("aggregation")
    public TargetAggregation aggregation() {
        return TargetAggregation.of(measure);
    }

    Target withText(String text) {
        return toBuilder().text(text).build();
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

    /** Collects a target's slots; {@link #build()} makes the immutable target. */
    public static final class Builder {
        private Measure measure;
        private Bound bound;
        private BigDecimal value;
        private BigDecimal upper;
        private boolean strict;
        private String unit;
        private String level;
        private String stretchLevel;
        private String reference;
        private List<TargetPart> parts;
        private List<ScopedTarget> scoped;
        private String text;
        private Integer targetYear;
        private Integer baseYear;
        private Integer spanYears;
        private Target condition;
        private String hedge;
        private boolean approximate;
        private boolean derived;

        private Builder(Measure measure, Bound bound) {
            this.measure = measure;
            this.bound = bound;
        }

        public Builder measure(Measure measure) {
            this.measure = measure;
            return this;
        }

        public Builder bound(Bound bound) {
            this.bound = bound;
            return this;
        }

        public Builder value(BigDecimal value) {
            this.value = value;
            return this;
        }

        public Builder upper(BigDecimal upper) {
            this.upper = upper;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder level(String level) {
            this.level = level;
            return this;
        }

        public Builder stretchLevel(String stretchLevel) {
            this.stretchLevel = stretchLevel;
            return this;
        }

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder parts(List<TargetPart> parts) {
            this.parts = parts;
            return this;
        }

        public Builder scoped(List<ScopedTarget> scoped) {
            this.scoped = scoped;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder targetYear(Integer targetYear) {
            this.targetYear = targetYear;
            return this;
        }

        public Builder baseYear(Integer baseYear) {
            this.baseYear = baseYear;
            return this;
        }

        public Builder spanYears(Integer spanYears) {
            this.spanYears = spanYears;
            return this;
        }

        public Builder condition(Target condition) {
            this.condition = condition;
            return this;
        }

        public Builder hedge(String hedge) {
            this.hedge = hedge;
            return this;
        }

        public Builder approximate(boolean approximate) {
            this.approximate = approximate;
            return this;
        }

        public Builder derived(boolean derived) {
            this.derived = derived;
            return this;
        }

        public Target build() {
            return new Target(
                    measure,
                    bound,
                    value,
                    upper,
                    strict,
                    unit,
                    level,
                    stretchLevel,
                    reference,
                    parts,
                    scoped,
                    text,
                    targetYear,
                    baseYear,
                    spanYears,
                    condition,
                    hedge,
                    approximate,
                    derived);
        }
    }
}
