package com.hospitalplan.judgement;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Rounding;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetDescriber;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Targets about a set of institutions ("90%的县级医院达到…", "全部达到", "至少1家…"), for {@link Judgement}: the set
 * judged by the share (or count) of its declared members meeting the condition, and one member judged on that
 * condition ({@link #memberCondition}).
 */
final class SetTargets {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Judgement judgement;

    SetTargets(Judgement judgement) {
        this.judgement = judgement;
    }

    static boolean aboutASet(Target target) {
        return target.measure() == Measure.INSTITUTION_SHARE || target.measure() == Measure.INSTITUTION_COUNT;
    }

    /** A set target always names its set, so that it can be described: its wording where the set has no name. */
    static Target named(Target target) {
        return target.reference() != null
                ? target
                : target.toBuilder()
                        .reference(Objects.toString(target.text(), ""))
                        .build();
    }

    /**
     * The declared set of a target about institutions: the reporting institutions, without health bureaus, government
     * bodies and departments, unless those are the only reporters (a hospital's own plan reported by its departments).
     */
    static List<MemberValues> declared(List<MemberValues> members) {
        List<MemberValues> institutions =
                members.stream().filter(m -> m.member().institution()).toList();
        return institutions.isEmpty() ? members : institutions;
    }

    /**
     * Each member of the declared set is judged on the member's condition, members without a value count as not met,
     * and the share (or count) is judged against the target's value. The figure is about institutions, not the
     * indicator's own numbers, so it is judged without the indicator's baseline and always "higher is better".
     */
    Verdict ofDeclaredSet(IndicatorItem indicator, Target target, List<MemberValues> members) {
        boolean share = target.measure() == Measure.INSTITUTION_SHARE;
        Target judged = share && target.value() == null
                ? target.toBuilder().value(HUNDRED).build()
                : target;
        int total = members.size();
        int reporting = (int) members.stream().filter(MemberValues::reported).count();
        int meeting = (int) members.stream()
                .map(m -> asMember(indicator, target, m.values()))
                .filter(Verdict::achieved)
                .count();
        Aggregation rule = share ? Aggregation.SHARE_MEETING : Aggregation.COUNT_MEETING;
        if (judged.value() == null || total == 0) {
            Verdict none = Verdict.notJudged(target, null, "dashboard.explain.noTarget", target.text());
            return new Verdict(none.evaluation(), target, null, rule, total, reporting, meeting);
        }
        if (reporting == 0) {
            Evaluation nothing = judgement.evaluate(judged, judgement.period());
            return new Verdict(nothing, target, null, rule, total, 0, 0);
        }
        BigDecimal figure = share ? MemberCounts.share(meeting, total) : BigDecimal.valueOf(meeting);
        Measurement value = Measurement.number(judgement.latestDate(members), figure);
        Evaluation raw = judgement.evaluate(
                judged,
                judgement.period().withDirection(Direction.HIGHER_IS_BETTER).withMeasurements(value));
        String shown = share ? Rounding.display(figure, "%") + "%" : String.valueOf(meeting);
        Explanation explanation = new Explanation(
                share ? "judgement.explain.share" : "judgement.explain.count",
                List.of(
                        TargetDescriber.describe(target),
                        total,
                        meeting,
                        shown,
                        reporting - meeting,
                        total - reporting,
                        MemberCounts.pace(raw.status())));
        Evaluation evaluation = new Evaluation(
                raw.status(), raw.achieved(), raw.progress(), raw.expectedProgress(), value, explanation);
        return new Verdict(evaluation, target, value, rule, total, reporting, meeting);
    }

    /** One institution judged on what each member of a set must meet; see {@link #memberCondition}. */
    Verdict asMember(IndicatorItem indicator, Target target, List<Measurement> values) {
        Measurement latest = Judgement.latest(values);
        Optional<Target> condition = memberCondition(indicator, target);
        if (condition.isEmpty()) {
            return Verdict.notJudged(target, latest, "judgement.explain.conditionInWords", target.text());
        }
        Evaluation evaluation = judgement.evaluate(condition.get(), judgement.situation(indicator, values));
        return Verdict.single(evaluation, target, latest);
    }

    /**
     * What one member of a set must meet for a set target: the condition the plan states ({@link Target#condition()},
     * judged as an ordinary target); otherwise, by what the member reports, 是 (yes/no), 100% or more of its own
     * (percentage: "全部" of a member's own is all of it), or the target's level (level). A plain number has no
     * condition of its own: the target's value is a share or count of institutions, not the member's figure, so such
     * a member is not judged (and does not count as meeting) until the plan names the condition.
     */
    static Optional<Target> memberCondition(IndicatorItem indicator, Target target) {
        if (target.condition() != null) {
            return Optional.of(target.condition());
        }
        ValueKind kind = indicator.valueKind();
        if (kind == ValueKind.YES_NO) {
            return Optional.of(Target.builder(Measure.ACHIEVEMENT, Bound.YES)
                    .reference(target.text() != null ? target.text() : target.reference())
                    .text(target.text())
                    .build());
        }
        if (kind == ValueKind.PERCENTAGE) {
            return Optional.of(Target.builder(Measure.LATEST_VALUE, Bound.AT_LEAST)
                    .value(HUNDRED)
                    .unit("%")
                    .text(target.text())
                    .build());
        }
        if (kind == ValueKind.LEVEL && target.level() != null) {
            return Optional.of(Target.builder(Measure.LEVEL, Bound.REACH)
                    .level(target.level())
                    .text(target.text())
                    .build());
        }
        return Optional.empty();
    }
}
