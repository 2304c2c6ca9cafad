package com.hospitalplan.judgement;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Baseline;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Situation;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetEvaluator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
 * SetTargets#memberCondition}).
 *
 * <p><b>A set of institutions.</b> Never a median of whoever reported. A target about a set counts the members of the
 * declared set that meet the condition, non-reporters counting as not met, and judges the share (or count) against
 * the target: 1 of 5 is 20%, not "全部达到". Other targets roll up by the indicator's declared rule: sum, average,
 * weighted average, minimum or maximum make a figure judged like one institution's values; counting or sharing the
 * members that meet their targets (and "none", where values mean nothing together) judge each member and derive the
 * set's status from them ({@link MemberCounts#status}).
 *
 * <p><b>A construction project's stage.</b> Where the indicator names a project of the plan and its target is a stage
 * of it ("2025年投入使用"), every scope gets the same verdict, from the project's stage dates ({@link StageTargets}),
 * whatever was reported.
 */
public final class Judgement {

    private final int startYear;
    private final int endYear;
    private final LocalDate asOf;
    private final LevelScaleCatalog scales;
    private final TargetEvaluator evaluator = new TargetEvaluator();
    private final SetTargets setTargets = new SetTargets(this);

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
        Verdict staged = StageTargets.judge(indicator, general, endYear, asOf);
        if (staged != null) {
            return staged;
        }
        Target target = ScopedTargets.forMember(general, member);
        Measurement latest = latest(values);
        if (target == null) {
            return Verdict.notJudged(null, latest, "dashboard.explain.noTarget", indicator.targetText());
        }
        if (SetTargets.aboutASet(target)) {
            return setTargets.asMember(indicator, SetTargets.named(target), values);
        }
        if (target == general && partOfTotal(indicator)) {
            return Verdict.notJudged(target, latest, "dashboard.explain.partOfTotal", indicator.name());
        }
        return Verdict.single(evaluate(target, situation(indicator, values)), target, latest);
    }

    /**
     * The figure of an indicator over a set of institutions, judged against the target that applies there.
     *
     * @param regionNames the region's name and those above it, to find the plan's override for it; empty for a plan
     * @param members every institution of the scope that reports the indicator, with or without values
     */
    public Verdict set(IndicatorItem indicator, Target general, List<String> regionNames, List<MemberValues> members) {
        Verdict staged = StageTargets.judge(indicator, general, endYear, asOf);
        if (staged != null) {
            return staged;
        }
        Target target = ScopedTargets.forRegion(general, regionNames);
        if (target != null && SetTargets.aboutASet(target)) {
            return setTargets.ofDeclaredSet(indicator, SetTargets.named(target), SetTargets.declared(members));
        }
        if (members.size() == 1) {
            MemberValues only = members.get(0);
            return institution(indicator, general, only.member(), only.values());
        }
        Aggregation rule = indicator.aggregation();
        return switch (rule) {
            case SUM, AVERAGE, WEIGHTED_AVERAGE, MINIMUM, MAXIMUM -> arithmetic(indicator, target, rule, members);
            case COUNT_MEETING, SHARE_MEETING, NONE -> counted(indicator, general, rule, SetTargets.declared(members));
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
            return Verdict.notJudged(null, latest, "dashboard.explain.noTarget", subTarget.targetText());
        }
        Evaluation evaluation = evaluate(
                target, period().withPercentage("%".equals(target.unit())).withMeasurements(values));
        return Verdict.single(evaluation, target, latest);
    }

    /**
     * A milestone's sub-target over the milestone's reporters in a scope: one reporter is judged on its own ({@link
     * #subTarget(SubTargetItem, List)}); the numbers of several add up, each year's figure the sum of every reporter's
     * last value of the year (two departments that each took on a doctor took on two); a yes/no is met when every
     * reporter meets it, and otherwise takes the worst status of those that do not ({@link MemberCounts#status}).
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
            Evaluation evaluation =
                    MemberCounts.evaluation(membersStatus(verdicts), members.size(), reporting, meeting, null);
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
                ? Verdict.notJudged(null, last, "dashboard.explain.noTarget", indicator.targetText())
                        .evaluation()
                : evaluate(target, situation(indicator, series));
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
            case SHARE_MEETING -> MemberCounts.share(meeting, total);
            default -> null;
        };
        BigDecimal progress = total == 0
                ? null
                : BigDecimal.valueOf(meeting).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
        Evaluation evaluation = MemberCounts.evaluation(membersStatus(verdicts), total, reporting, meeting, progress);
        Measurement value = figure == null ? null : Measurement.number(latestDate(members), figure);
        return new Verdict(evaluation, general, value, rule, total, reporting, meeting);
    }

    private Status membersStatus(List<Verdict> verdicts) {
        return MemberCounts.status(verdicts, asOf.isAfter(LocalDate.of(endYear, 12, 31)));
    }

    /** The plan's target is a total over several reporters: one reporter's value is a part of it. */
    private static boolean partOfTotal(IndicatorItem indicator) {
        return indicator.aggregation() == Aggregation.SUM
                && indicator.reporters().size() > 1;
    }

    /** The plan's period on the date of judgement, with nothing else known. */
    Situation period() {
        return Situation.of(startYear, endYear, asOf);
    }

    Evaluation evaluate(Target target, Situation situation) {
        return evaluator.evaluate(target, situation);
    }

    /** An indicator's values in the plan's period, with everything the indicator declares about them. */
    Situation situation(IndicatorItem indicator, List<Measurement> values) {
        return period().withDirection(indicator.direction())
                .withScale(scales.byKey(indicator.levelScale()))
                .withScales(scales)
                .withBaseline(baseline(indicator, startYear))
                .withPercentage(indicator.valueKind() == ValueKind.PERCENTAGE)
                .withYearlyTargets(indicator.yearlyTargets())
                .withMeasurements(values);
    }

    /** The date of the latest value of any member; the date of judgement when none reported. */
    LocalDate latestDate(List<MemberValues> members) {
        return members.stream()
                .map(m -> latest(m.values()))
                .filter(Objects::nonNull)
                .map(Measurement::date)
                .max(Comparator.naturalOrder())
                .orElse(asOf);
    }

    static Measurement latest(List<Measurement> values) {
        return values.stream().max(Comparator.comparing(Measurement::date)).orElse(null);
    }
}
