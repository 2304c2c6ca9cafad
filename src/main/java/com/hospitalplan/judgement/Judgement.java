package com.hospitalplan.judgement;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Baseline;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Rounding;
import com.hospitalplan.targets.Situation;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetDescriber;
import com.hospitalplan.targets.TargetEvaluator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges an indicator of one plan on one date, in a scope: one institution, or a set of institutions (a county, a
 * city, the whole plan). It decides the target that applies there, the value that counts, and achieved, progress,
 * expected progress, status and the one-line explanation. The report form, the dashboards, the exports and the PDF
 * all ask here, so that one value is never judged by two rules. Plain Java, immutable.
 *
 * <p><b>Baseline.</b> A baseline without a year is taken as the year before the plan starts ({@link #baseline}).
 *
 * <p><b>One institution.</b> Its own target where the plan names one ("（遂溪县达到80%左右）", "二级医院…"), otherwise the
 * general one. Where the general target is a total over several reporters (the indicator sums and has more than one
 * reporter), one institution's value is a part of that total and is not judged: nobody is asked to explain being
 * "off track" against the whole plan's total. A target about a set of institutions ({@link Measure#INSTITUTION_SHARE},
 * {@link Measure#INSTITUTION_COUNT}) judges one institution on the condition each member must meet ({@link
 * #memberCondition}).
 *
 * <p><b>A set of institutions.</b> Never a median of whoever reported. A target about a set counts the members of the
 * declared set that meet the condition, non-reporters counting as not met, and judges the share (or count) against
 * the target: 1 of 5 is 20%, not "全部达到". Other targets roll up by the indicator's declared rule: sum, average,
 * weighted average, minimum or maximum make a figure judged like one institution's values; counting or sharing the
 * members that meet their targets (and "none", where values mean nothing together) judge each member and derive the
 * set's status from them ({@link #membersStatus}).
 */
public final class Judgement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int startYear;
    private final int endYear;
    private final LocalDate asOf;
    private final LevelScaleCatalog scales;
    private final TargetEvaluator evaluator = new TargetEvaluator();

    /** @param scales the registered level scales, which level indicators name by key */
    public Judgement(int startYear, int endYear, LocalDate asOf, LevelScaleCatalog scales) {
        this.startYear = startYear;
        this.endYear = endYear;
        this.asOf = asOf;
        this.scales = scales;
    }

    /** Judgements within the plan's period, on {@code asOf}, on the registered level scales {@code scales}. */
    public static Judgement of(ReportingScope scope, LocalDate asOf, LevelScaleCatalog scales) {
        return new Judgement(scope.startYear(), scope.endYear(), asOf, scales);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Where the indicator stood before the plan, or {@code null}: a baseline without a year is the year before the
     * plan starts, on the form, on the dashboards and on the expected path of a trend chart alike.
     */
    public static Baseline baseline(IndicatorItem indicator, int planStartYear) {
        if (indicator.baselineValue() == null && indicator.baselineLevel() == null) {
            return null;
        }
        int year = indicator.baselineYear() != null ? indicator.baselineYear() : planStartYear - 1;
        return new Baseline(indicator.baselineValue(), indicator.baselineLevel(), year);
    }

    /**
     * One institution's values of an indicator, judged.
     *
     * @param general the plan's target in the variant shown (adjusted or original), {@code null} when unreadable
     * @param values what the institution reported, any order
     */
    public Verdict institution(IndicatorItem indicator, Target general, Member member, List<Measurement> values) {
        Target target = ScopedTargets.forMember(general, member);
        Measurement latest = latest(values);
        if (target == null) {
            return notJudged(null, latest, "dashboard.explain.noTarget", indicator.targetText());
        }
        if (aboutASet(target)) {
            return asMember(indicator, named(target), values);
        }
        if (target == general && partOfTotal(indicator)) {
            return notJudged(target, latest, "dashboard.explain.partOfTotal", indicator.name());
        }
        Evaluation evaluation = evaluator.evaluate(target, situation(indicator, values));
        return new Verdict(evaluation, target, latest, null, 1, latest == null ? 0 : 1, evaluation.achieved() ? 1 : 0);
    }

    /**
     * The figure of an indicator over a set of institutions, judged against the target that applies there.
     *
     * @param regionNames the region's name and those above it, to find the plan's override for it; empty for a plan
     * @param members every institution of the scope that reports the indicator, with or without values
     */
    public Verdict set(IndicatorItem indicator, Target general, List<String> regionNames, List<MemberValues> members) {
        Target target = ScopedTargets.forRegion(general, regionNames);
        if (target != null && aboutASet(target)) {
            return ofDeclaredSet(indicator, named(target), declared(members));
        }
        if (members.size() == 1) {
            MemberValues only = members.get(0);
            return institution(indicator, general, only.member(), only.values());
        }
        Aggregation rule = indicator.aggregation();
        return switch (rule) {
            case SUM, AVERAGE, WEIGHTED_AVERAGE, MINIMUM, MAXIMUM -> arithmetic(indicator, target, rule, members);
            case COUNT_MEETING, SHARE_MEETING, NONE -> counted(indicator, general, rule, declared(members));
        };
    }

    /**
     * A milestone's sub-target ("引进博士 1-2人") judged on one reporter's values, like an indicator: a number (or a
     * yes/no where the sub-target is an achievement, {@link SubTargetItem#valueKind}) in the unit of its reading,
     * higher is better, no baseline, due in the reading's year (the milestone's due year where the wording names
     * none, stored with the reading). A number that reaches a range's lower end meets it: 1 or 2 meets "1-2人".
     *
     * @param values what the reporter reported of it, any order
     */
    public Verdict subTarget(SubTargetItem subTarget, List<Measurement> values) {
        Target target = subTarget.target();
        Measurement latest = latest(values);
        if (target == null) {
            return notJudged(null, latest, "dashboard.explain.noTarget", subTarget.targetText());
        }
        Evaluation evaluation = evaluator.evaluate(
                target,
                Situation.of(startYear, endYear, asOf)
                        .withPercentage("%".equals(target.unit()))
                        .withMeasurements(values));
        return new Verdict(evaluation, target, latest, null, 1, latest == null ? 0 : 1, evaluation.achieved() ? 1 : 0);
    }

    /**
     * A milestone's sub-target over the milestone's reporters in a scope: one reporter is judged on its own ({@link
     * #subTarget(SubTargetItem, List)}); the numbers of several add up, each year's figure the sum of every reporter's
     * last value of the year (two departments that each took on a doctor took on two); a yes/no is met when every
     * reporter meets it, and otherwise takes the worst status of those that do not ({@link #membersStatus}).
     */
    public Verdict subTargetOverSet(SubTargetItem subTarget, List<MemberValues> members) {
        if (members.size() == 1) {
            return subTarget(subTarget, members.get(0).values());
        }
        int reporting = (int) members.stream().filter(MemberValues::reported).count();
        if (subTarget.valueKind() == ValueKind.YES_NO) {
            List<Verdict> verdicts =
                    members.stream().map(m -> subTarget(subTarget, m.values())).toList();
            int meeting = (int) verdicts.stream().filter(Verdict::achieved).count();
            Status status = membersStatus(verdicts);
            Evaluation evaluation = new Evaluation(
                    status,
                    !members.isEmpty() && meeting == members.size(),
                    null,
                    null,
                    null,
                    new Explanation(
                            "judgement.explain.members",
                            List.of(
                                    members.size(),
                                    meeting,
                                    reporting - meeting,
                                    members.size() - reporting,
                                    pace(status))));
            return new Verdict(
                    evaluation,
                    subTarget.target(),
                    null,
                    Aggregation.COUNT_MEETING,
                    members.size(),
                    reporting,
                    meeting);
        }
        Verdict sum = subTarget(subTarget, Figures.series(null, Aggregation.SUM, members));
        return new Verdict(sum.evaluation(), sum.target(), sum.value(), Aggregation.SUM, members.size(), reporting, 0);
    }

    /** Each year's figure over a set by the indicator's rule, for a trend line. */
    public List<Measurement> series(IndicatorItem indicator, List<MemberValues> members) {
        return Figures.series(scales.byKey(indicator.levelScale()), indicator.aggregation(), members);
    }

    private Verdict arithmetic(IndicatorItem indicator, Target target, Aggregation rule, List<MemberValues> members) {
        List<Measurement> series = Figures.series(scales.byKey(indicator.levelScale()), rule, members);
        Measurement last = series.isEmpty() ? null : series.get(series.size() - 1);
        int reporting = (int) members.stream().filter(MemberValues::reported).count();
        Evaluation evaluation = target == null
                ? notJudged(null, last, "dashboard.explain.noTarget", indicator.targetText())
                        .evaluation()
                : evaluator.evaluate(target, situation(indicator, series));
        return new Verdict(evaluation, target, last, rule, members.size(), reporting, 0);
    }

    /** Counting or sharing the members that meet their own targets, or judging each on its own ("none"). */
    private Verdict counted(IndicatorItem indicator, Target general, Aggregation rule, List<MemberValues> members) {
        List<Verdict> verdicts = members.stream()
                .map(m -> institution(indicator, general, m.member(), m.values()))
                .toList();
        int total = members.size();
        int reporting = (int) members.stream().filter(MemberValues::reported).count();
        int meeting = (int) verdicts.stream().filter(Verdict::achieved).count();
        BigDecimal figure = switch (rule) {
            case COUNT_MEETING -> BigDecimal.valueOf(meeting);
            case SHARE_MEETING -> share(meeting, total);
            default -> null;
        };
        Status status = membersStatus(verdicts);
        Evaluation evaluation = new Evaluation(
                status,
                total > 0 && meeting == total,
                total == 0
                        ? null
                        : BigDecimal.valueOf(meeting).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64),
                null,
                null,
                new Explanation(
                        "judgement.explain.members",
                        List.of(total, meeting, reporting - meeting, total - reporting, pace(status))));
        Measurement value = figure == null ? null : Measurement.number(latestDate(members), figure);
        return new Verdict(evaluation, general, value, rule, total, reporting, meeting);
    }

    /**
     * A target about a set of institutions ("90%的县级医院达到…", "全部达到", "至少1家…"): each member of the declared
     * set is judged on the member's condition, members without a value count as not met, and the share (or count) is
     * judged against the target's value. The figure is about institutions, not the indicator's own numbers, so it is
     * judged without the indicator's baseline and always "higher is better".
     */
    private Verdict ofDeclaredSet(IndicatorItem indicator, Target target, List<MemberValues> members) {
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
            Verdict none = notJudged(target, null, "dashboard.explain.noTarget", target.text());
            return new Verdict(none.evaluation(), target, null, rule, total, reporting, meeting);
        }
        if (reporting == 0) {
            Evaluation nothing = evaluator.evaluate(judged, Situation.of(startYear, endYear, asOf));
            return new Verdict(nothing, target, null, rule, total, 0, 0);
        }
        BigDecimal figure = share ? share(meeting, total) : BigDecimal.valueOf(meeting);
        Measurement value = Measurement.number(latestDate(members), figure);
        Evaluation raw = evaluator.evaluate(
                judged,
                Situation.of(startYear, endYear, asOf)
                        .withDirection(Direction.HIGHER_IS_BETTER)
                        .withMeasurements(value));
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
                        pace(raw.status())));
        Evaluation evaluation = new Evaluation(
                raw.status(), raw.achieved(), raw.progress(), raw.expectedProgress(), value, explanation);
        return new Verdict(evaluation, target, value, rule, total, reporting, meeting);
    }

    /** One institution judged on what each member of a set must meet; see {@link #memberCondition}. */
    private Verdict asMember(IndicatorItem indicator, Target target, List<Measurement> values) {
        Measurement latest = latest(values);
        Optional<Target> condition = memberCondition(indicator, target);
        if (condition.isEmpty()) {
            return notJudged(target, latest, "judgement.explain.conditionInWords", target.text());
        }
        Evaluation evaluation = evaluator.evaluate(condition.get(), situation(indicator, values));
        return new Verdict(evaluation, target, latest, null, 1, latest == null ? 0 : 1, evaluation.achieved() ? 1 : 0);
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

    /**
     * The set's status from its members, never a median: achieved when every member meets its target; otherwise the
     * worst status of a member that does not, where a member with nothing to judge (no value, or not judgeable) is at
     * risk while the plan runs and off track once it is over; no data while no member has anything judged.
     */
    static Status membersStatus(List<Verdict> verdicts, boolean periodOver) {
        if (!verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::achieved)) {
            return Status.ACHIEVED;
        }
        if (verdicts.stream().allMatch(v -> v.status() == Status.NO_DATA)) {
            return Status.NO_DATA;
        }
        Status missing = periodOver ? Status.OFF_TRACK : Status.AT_RISK;
        return verdicts.stream()
                .filter(v -> !v.achieved())
                .map(v -> v.status() == Status.NO_DATA || v.status() == Status.ACHIEVED ? missing : v.status())
                .max(Comparator.comparingInt(Status::ordinal))
                .orElse(Status.ACHIEVED);
    }

    private Status membersStatus(List<Verdict> verdicts) {
        return membersStatus(verdicts, asOf.isAfter(LocalDate.of(endYear, 12, 31)));
    }

    /**
     * The declared set of a target about institutions: the reporting institutions, without health bureaus, government
     * bodies and departments, unless those are the only reporters (a hospital's own plan reported by its departments).
     */
    private static List<MemberValues> declared(List<MemberValues> members) {
        List<MemberValues> institutions =
                members.stream().filter(m -> m.member().institution()).toList();
        return institutions.isEmpty() ? members : institutions;
    }

    /** A set target always names its set, so that it can be described: its wording where the set has no name. */
    private static Target named(Target target) {
        return target.reference() != null
                ? target
                : target.toBuilder()
                        .reference(Objects.toString(target.text(), ""))
                        .build();
    }

    private static boolean aboutASet(Target target) {
        return target.measure() == Measure.INSTITUTION_SHARE || target.measure() == Measure.INSTITUTION_COUNT;
    }

    /** The plan's target is a total over several reporters: one reporter's value is a part of it. */
    private static boolean partOfTotal(IndicatorItem indicator) {
        return indicator.aggregation() == Aggregation.SUM
                && indicator.reporters().size() > 1;
    }

    private Situation situation(IndicatorItem indicator, List<Measurement> values) {
        return Situation.of(startYear, endYear, asOf)
                .withDirection(indicator.direction())
                .withScale(scales.byKey(indicator.levelScale()))
                .withScales(scales)
                .withBaseline(baseline(indicator, startYear))
                .withPercentage(indicator.valueKind() == ValueKind.PERCENTAGE)
                .withYearlyTargets(indicator.yearlyTargets())
                .withMeasurements(values);
    }

    private LocalDate latestDate(List<MemberValues> members) {
        return members.stream()
                .map(m -> latest(m.values()))
                .filter(Objects::nonNull)
                .map(Measurement::date)
                .max(Comparator.naturalOrder())
                .orElse(asOf);
    }

    private static Measurement latest(List<Measurement> values) {
        return values.stream().max(Comparator.comparing(Measurement::date)).orElse(null);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    private static Explanation pace(Status status) {
        return new Explanation("target.pace." + status.name(), List.of());
    }

    /** A value shown but not judged against a target, with the reason why: never asks for an explanation. */
    private static Verdict notJudged(Target target, Measurement latest, String key, Object argument) {
        Evaluation evaluation = new Evaluation(
                Status.NO_DATA,
                false,
                null,
                null,
                latest,
                new Explanation(key, List.of(Objects.toString(argument, ""))));
        return new Verdict(evaluation, target, latest, null, 1, latest == null ? 0 : 1, 0);
    }
}
