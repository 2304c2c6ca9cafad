package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.*;

import com.hospitalplan.targets.TargetScanner.Quantity;
import com.hospitalplan.targets.TargetScanner.Scan;
import java.math.BigDecimal;
import java.util.List;

/**
 * A target around its quantity: the comparator, the verb, and the aggregation (per year, growth, a sum over a span, a
 * change against the baseline or a base year), or a rank ("前十名", "全国百强").
 */
final class QuantitySlots {

    private final SlotReader reader;

    QuantitySlots(SlotReader reader) {
        this.reader = reader;
    }

    /** A target around its last quantity. */
    Target quantityTarget(String text, Scan scan, Quantity q) {
        String prefix = text.substring(0, q.start());
        String suffix = text.substring(q.end());
        Target ranked = WordSlots.rankInWords(text);
        if (ranked != null) {
            return ranked;
        }
        Target level = reader.grades.level(text);
        if (level != null && level.reference() != null && level.reference().length() > q.end()) {
            // the grade stands after the number: "在两年内有一所医院达到三级乙等" is read by the count, "第一人民医院…达到三级甲等" here
            return level;
        }
        if (("家".equals(q.unit()) || "所".equals(q.unit())) && q.upper() == null) {
            String built = GradeSlots.gradeIn(suffix);
            boolean newOnes = firstWord(prefix, List.of("新建", "新设", "新增", "加设", "增设", "扩增", "新开")) != null;
            if (built != null && suffix.contains("医院") && !newOnes) {
                // "至少要创建一所三级甲等综合医院": how many institutions of that grade
                return Target.builder(Measure.INSTITUTION_COUNT, boundOf(prefix, suffix))
                        .value(q.value())
                        .unit(q.unit())
                        .condition(Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                                .level(GradeSlots.levelLabel(built))
                                .build())
                        .reference(blankToNull(trimPunctuation(suffix)))
                        .build();
            }
            String grade = GradeSlots.gradeIn(prefix);
            String added = firstWord(prefix, NEW_WORDS);
            boolean reached = added != null
                    && startingWord(prefix, prefix.indexOf(added) + added.length(), List.of("到", "至")) != null;
            if (grade != null && prefix.contains("医院") && (added == null || reached)) {
                Target.Builder count = Target.builder(Measure.INSTITUTION_COUNT, boundOf(prefix, suffix))
                        .value(q.value())
                        .unit(q.unit())
                        .condition(Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                                .level(GradeSlots.levelLabel(grade))
                                .build())
                        .reference(blankToNull(trimPunctuation(prefix)));
                return count.build();
            }
        }
        Target rank = rank(prefix, suffix, q);
        if (rank != null) {
            return rank;
        }
        if (q.chinese() && q.unit() == null) {
            return null;
        }
        Bound bound = Bound.REACH;
        boolean strict = false;
        String pre =
                endingWord(prefix, concat(AT_LEAST_PREFIX, MORE_PREFIX, AT_MOST_PREFIX, LESS_PREFIX, ABOUT_PREFIX));
        String suf = startingWord(suffix, 0, concat(AT_LEAST_SUFFIX, AT_MOST_SUFFIX, ABOUT_SUFFIX));
        if (q.upper() != null) {
            if (q.upper().compareTo(q.value()) < 0) {
                return null;
            }
            bound = Bound.RANGE;
        } else if (in(ABOUT_SUFFIX, suf) || in(ABOUT_PREFIX, pre)) {
            bound = Bound.ABOUT;
        } else if (in(AT_LEAST_PREFIX, pre) || in(AT_LEAST_SUFFIX, suf)) {
            bound = Bound.AT_LEAST;
        } else if (in(MORE_PREFIX, pre)) {
            bound = Bound.AT_LEAST;
            strict = true;
        } else if (in(AT_MOST_PREFIX, pre) || in(AT_MOST_SUFFIX, suf)) {
            bound = Bound.AT_MOST;
        } else if (in(LESS_PREFIX, pre)) {
            bound = Bound.AT_MOST;
            strict = true;
        }
        if (pre == null && bound == Bound.REACH && q.upper() == null) {
            int atLeast = lastIndexOfAny(prefix, List.of("至少", "不少于", "不低于"));
            if (atLeast >= 0 && prefix.length() - atLeast <= 6) {
                // "每年至少招生500名", "至少选派1名": the comparator stands before the verb
                bound = Bound.AT_LEAST;
            }
        }
        String head = pre == null ? prefix : prefix.substring(0, prefix.length() - pre.length());
        String verb = endingWord(head, concat(DOWN_VERBS, REACH_VERBS));
        if (verb != null && DOWN_VERBS.contains(verb) && (bound == Bound.REACH)) {
            bound = Bound.AT_MOST;
        }
        if (verb != null && verb.equals("超过") && bound == Bound.REACH) {
            bound = Bound.AT_LEAST;
            strict = true;
        }
        if (q.over() && bound == Bound.REACH) {
            bound = Bound.AT_LEAST;
            strict = true;
        }
        String label = verb == null ? head : head.substring(0, head.length() - verb.length());
        String unit = reader.unitOr(q.unit());
        BigDecimal value = q.value();
        BigDecimal upper = q.upper();
        String multiplied = q.unit() != null
                        && q.unit().length() > 1
                        && (q.unit().startsWith("万") || q.unit().startsWith("亿"))
                ? Units.canonicalUnit(q.unit().substring(1))
                : null;
        if (multiplied != null && multiplied.equals(reader.unitHint)) {
            // "12.5万平方米" of an indicator counted in ㎡
            BigDecimal factor = BigDecimal.valueOf(q.unit().startsWith("万") ? 10_000 : 100_000_000);
            value = value.multiply(factor);
            upper = upper == null ? null : upper.multiply(factor);
            unit = reader.unitHint;
        } else if (("万".equals(q.unit()) || "亿".equals(q.unit()))
                && reader.unitHint != null
                && !reader.unitHint.startsWith(q.unit())) {
            // "20万" of an indicator counted in ㎡: the multiplier applies to the indicator's unit
            BigDecimal factor = BigDecimal.valueOf("万".equals(q.unit()) ? 10_000 : 100_000_000);
            value = value.multiply(factor);
            upper = upper == null ? null : upper.multiply(factor);
            unit = reader.unitHint;
        }
        Target.Builder target = Target.builder(Measure.LATEST_VALUE, bound)
                .value(value)
                .upper(upper)
                .strict(strict)
                .unit(unit);
        return aggregate(target, label, verb, suffix, scan, q);
    }

    /** The aggregation slot: per year, growth, a sum over a span, a change — from the words before the value. */
    Target aggregate(Target.Builder target, String label, String verb, String suffix, Scan scan, Quantity q) {
        Target plain = target.build();
        String change = endingWord(label, concat(RISE_WORDS, FALL_WORDS));
        boolean reachVerb = verb != null;
        String perYear = firstWord(label, PER_YEAR_WORDS);
        boolean percent = "%".equals(plain.unit()) || "百分点".equals(plain.unit());
        if (perYear != null && change != null && !reachVerb && percent) {
            boolean down = FALL_WORDS.contains(change);
            return target.measure(Measure.YEARLY_GROWTH)
                    .bound(changeBound(plain.bound(), down))
                    .value(down ? q.value().negate() : q.value())
                    .reference(blankToNull(labelWithout(label, perYear, change)))
                    .build();
        }
        if (percent && firstWord(label, GROWTH_NOUNS) != null) {
            // "医疗费用平均增长幅度控制在10%以下": the yearly growth is bounded
            return target.measure(Measure.YEARLY_GROWTH)
                    .reference(blankToNull(trimPunctuation(label)))
                    .build();
        }
        if (perYear != null && !perYear.equals("逐年") || (perYear == null && reader.nameSaysPerYear())) {
            return target.measure(Measure.YEARLY_VALUE)
                    .reference(blankToNull(labelWithout(label, perYear, null)))
                    .build();
        }
        String added = firstWord(label, NEW_WORDS);
        // "扩增为769床", "新增到": reaching a figure, not adding it
        boolean addedTo = added != null
                && (startingWord(label, label.indexOf(added) + added.length(), List.of("为", "到", "至")) != null
                        || (reachVerb && label.endsWith(added)));
        if (added != null && !addedTo) {
            return target.measure(Measure.INCREASE)
                    .spanYears(scan.spanYears())
                    .reference(blankToNull(labelWithout(label, added, null)))
                    .build();
        }
        String sum = firstWord(label, SUM_WORDS);
        boolean reaches = reachVerb || indexOfAny(label, List.of("达到", "达", "实现", "增加到", "提高到", "为")) >= 0;
        if (sum != null || (!reaches && scan.spanYears() != null && q.start() > 0 && spanBefore(label))) {
            return target.measure(Measure.CUMULATIVE)
                    .spanYears(scan.spanYears())
                    .reference(blankToNull(labelWithout(label, sum, null)))
                    .build();
        }
        if (change != null && !reachVerb) {
            boolean down = FALL_WORDS.contains(change);
            return target.measure(Measure.INCREASE)
                    .bound(changeBound(plain.bound(), down))
                    .value(down ? q.value().negate() : q.value())
                    .baseYear(scan.baseYear())
                    .reference(blankToNull(labelWithout(label, null, change)))
                    .build();
        }
        if (suffix.startsWith("新") && !reachVerb) {
            // "开设7个新的病区": new ones, an increase
            return target.measure(Measure.INCREASE)
                    .reference(blankToNull(trimPunctuation(label)))
                    .build();
        }
        return target.reference(blankToNull(trimPunctuation(label))).build();
    }

    /** A decrease is bounded from above by its negative value; an increase keeps the comparator written. */
    static Bound changeBound(Bound bound, boolean down) {
        if (bound == Bound.RANGE || bound == Bound.ABOUT || !down) {
            return bound;
        }
        return Bound.AT_MOST;
    }

    /** The comparator around a quantity, REACH when none is written. */
    static Bound boundOf(String prefix, String suffix) {
        int atLeast = lastIndexOfAny(prefix, List.of("至少", "不少于", "不低于"));
        boolean nearby = atLeast >= 0 && prefix.length() - atLeast <= 6;
        if (nearby || endingWord(prefix, AT_LEAST_PREFIX) != null || startingWord(suffix, 0, AT_LEAST_SUFFIX) != null) {
            return Bound.AT_LEAST;
        }
        if (endingWord(prefix, AT_MOST_PREFIX) != null || startingWord(suffix, 0, AT_MOST_SUFFIX) != null) {
            return Bound.AT_MOST;
        }
        return Bound.REACH;
    }

    /** "前十名", "全省县级医院前十强", "前20%", "全国百强", "排名第一", "嘉兴市第一". */
    static Target rank(String prefix, String suffix, Quantity q) {
        boolean first = prefix.endsWith("前");
        boolean ordinal = prefix.endsWith("第");
        boolean strong = "强".equals(q.unit());
        if (!first && !ordinal && !strong) {
            return null;
        }
        String place = startingWord(suffix, 0, List.of("名", "强", "位"));
        String unit = q.unit();
        boolean share = "%".equals(unit) && first;
        if (!strong && !share && place == null && unit != null && !unit.equals("名") && !unit.equals("位")) {
            return null;
        }
        if (ordinal && place == null && unit == null && !suffix.isEmpty()) {
            // "第一人民医院", "第二季": an ordinal in a name or a date, not a rank
            return null;
        }
        String reference = first || ordinal ? prefix.substring(0, prefix.length() - 1) : prefix;
        List<String> verbs = concat(RANK_WORDS, List.of("保持", "稳居", "居", "建成", "成为", "达到"));
        String verb = endingWord(reference, verbs);
        while (verb != null) {
            reference = reference.substring(0, reference.length() - verb.length());
            verb = endingWord(reference, verbs);
        }
        int enter = lastIndexOfAny(reference, RANK_WORDS);
        if (enter >= 0) {
            reference = reference.substring(
                    enter + startingWord(reference, enter, RANK_WORDS).length());
        }
        reference = trimPunctuation(reference);
        if (ordinal && reference.isEmpty() && place == null) {
            return null;
        }
        return Target.builder(Measure.RANK, Bound.AT_MOST)
                .value(q.value())
                .unit(share ? "%" : "名")
                .reference(blankToNull(reference))
                .build();
    }
}
