package com.hospitalplan.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.NationalScales;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The one judgement of an indicator, for one institution and for a set of them, without Spring. */
class JudgementTest {

    private static final TargetParser PARSER = new TargetParser();
    private final Judgement judgement = new Judgement(2023, 2025, LocalDate.of(2024, 6, 30), NationalScales.CATALOG);

    /** "各县医共体 全部达到": the share of the set that meets, which must be 100%. */
    private static final Target ALL_REACH = Target.builder(Measure.INSTITUTION_SHARE, Bound.AT_LEAST)
            .value(new BigDecimal("100"))
            .unit("%")
            .reference("县医共体")
            .text("全部达到")
            .build();

    @Test
    void oneOfFiveCountiesIsTwentyPercentAndNotAchievedNonReportersCountingAsNotMet() {
        IndicatorItem indicator = indicator(ValueKind.YES_NO, null, Aggregation.SHARE_MEETING, ALL_REACH, 5);
        List<MemberValues> members = List.of(
                member(1, Measurement.yes(2023, true)),
                member(2, Measurement.yes(2023, false)),
                member(3),
                member(4),
                member(5));

        Verdict verdict = judgement.set(indicator, ALL_REACH, List.of(), members);

        assertThat(verdict.value().number()).isEqualByComparingTo("20");
        assertThat(verdict.achieved()).isFalse();
        assertThat(verdict.status()).isNotEqualTo(Status.ACHIEVED);
        assertThat(verdict.rule()).isEqualTo(Aggregation.SHARE_MEETING);
        assertThat(verdict.members()).isEqualTo(5);
        assertThat(verdict.meeting()).isEqualTo(1);
        // 5家中1家达到（20%），1家未达到，3家未报告
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.share");
        assertThat(verdict.evaluation().explanation().args().subList(1, 6)).containsExactly(5, 1, "20%", 1, 3);
    }

    @Test
    void fiveOfFiveIsAchieved() {
        IndicatorItem indicator = indicator(ValueKind.YES_NO, null, Aggregation.SHARE_MEETING, ALL_REACH, 5);
        List<MemberValues> members = LongStream.rangeClosed(1, 5)
                .mapToObj(id -> member(id, Measurement.yes(2023, true)))
                .toList();

        Verdict verdict = judgement.set(indicator, ALL_REACH, List.of(), members);

        assertThat(verdict.value().number()).isEqualByComparingTo("100");
        assertThat(verdict.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aCountyReportingAHundredPercentOnAnAllReachPercentageMeetsIt() {
        IndicatorItem indicator = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, ALL_REACH, 6);

        Verdict county = judgement.institution(
                indicator, ALL_REACH, member(1).member(), List.of(Measurement.number(2023, "100")));
        Verdict behind = judgement.institution(
                indicator, ALL_REACH, member(2).member(), List.of(Measurement.number(2023, "80")));

        assertThat(county.status()).isEqualTo(Status.ACHIEVED);
        assertThat(behind.achieved()).isFalse();
    }

    @Test
    void aTargetAboutTheSetNamingTheConditionJudgesEachMemberOnIt() {
        Target condition = PARSER.parse("≥35%", "%").target();
        Target share = ALL_REACH.toBuilder()
                .value(new BigDecimal("90"))
                .condition(condition)
                .build();
        IndicatorItem indicator = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, share, 2);
        List<MemberValues> members =
                List.of(member(1, Measurement.number(2023, "40")), member(2, Measurement.number(2023, "30")));

        Verdict verdict = judgement.set(indicator, share, List.of(), members);

        assertThat(verdict.value().number()).isEqualByComparingTo("50");
        assertThat(verdict.achieved()).isFalse();
        assertThat(judgement
                        .institution(
                                indicator,
                                share,
                                members.get(0).member(),
                                members.get(0).values())
                        .achieved())
                .isTrue();
    }

    @Test
    void bureausAndDepartmentsAreNotMembersOfASetOfInstitutions() {
        IndicatorItem indicator = indicator(ValueKind.YES_NO, null, Aggregation.SHARE_MEETING, ALL_REACH, 3);
        MemberValues bureau = new MemberValues(
                new Member(3L, "县卫健局", "甲县", null, false),
                new TreeMap<>(java.util.Map.of(2023, Measurement.yes(2023, false))),
                null);

        Verdict verdict = judgement.set(
                indicator,
                ALL_REACH,
                List.of(),
                List.of(member(1, Measurement.yes(2023, true)), member(2, Measurement.yes(2023, true)), bureau));

        assertThat(verdict.members()).isEqualTo(2);
        assertThat(verdict.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void anAverageIndicatorIsNeverSummed() {
        assertThat(Aggregation.defaultFor(ValueKind.NUMBER, "天", "平均住院日")).isEqualTo(Aggregation.AVERAGE);
        assertThat(Aggregation.defaultFor(ValueKind.NUMBER, "张", "每千人口床位数")).isEqualTo(Aggregation.AVERAGE);
        assertThat(Aggregation.defaultFor(ValueKind.NUMBER, "人", "人均门诊量")).isEqualTo(Aggregation.AVERAGE);
        assertThat(Aggregation.defaultFor(ValueKind.NUMBER, "人", "引进博士")).isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.defaultFor(ValueKind.NUMBER, "万元", "科研经费")).isEqualTo(Aggregation.SUM);
        assertThat(Aggregation.defaultFor(ValueKind.PERCENTAGE, "%", "手术占比")).isEqualTo(Aggregation.AVERAGE);
        assertThat(Aggregation.defaultFor(ValueKind.LEVEL, null, "电子病历")).isEqualTo(Aggregation.MINIMUM);
        assertThat(Aggregation.defaultFor(ValueKind.YES_NO, null, "胸痛中心")).isEqualTo(Aggregation.SHARE_MEETING);

        Target days = PARSER.parse("≤7.5天", "天").target();
        IndicatorItem stay =
                indicator(ValueKind.NUMBER, "天", Aggregation.defaultFor(ValueKind.NUMBER, "天", "平均住院日"), days, 3);
        Verdict verdict = judgement.set(
                stay,
                days,
                List.of(),
                List.of(
                        member(1, Measurement.number(2023, "7")),
                        member(2, Measurement.number(2023, "7.5")),
                        member(3, Measurement.number(2023, "8.5"))));

        assertThat(verdict.value().number().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("7.67");
        assertThat(verdict.rule()).isEqualTo(Aggregation.AVERAGE);
        // shown rounded, never 7.666666666666667天
        assertThat(verdict.evaluation().explanation().args().get(1)).isEqualTo("7.67天");
    }

    @Test
    void aRolledUpPercentageIsShownWithOneDecimal() {
        Target rate = PARSER.parse("≥70%", "%").target();
        IndicatorItem indicator = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, rate, 3);

        Verdict verdict = judgement.set(
                indicator,
                rate,
                List.of(),
                List.of(
                        member(1, Measurement.number(2023, "67.1")),
                        member(2, Measurement.number(2023, "67.2")),
                        member(3, Measurement.number(2023, "67.26899999999999"))));

        assertThat(verdict.evaluation().explanation().args().get(1)).isEqualTo("67.2%");
    }

    @Test
    void oneInstitutionsPartOfATotalIsNotJudged() {
        Target total = PARSER.parse("120项", "项").target();
        IndicatorItem projects = indicator(ValueKind.NUMBER, "项", Aggregation.SUM, total, 3);

        Verdict part =
                judgement.institution(projects, total, member(1).member(), List.of(Measurement.number(2023, "5")));

        assertThat(part.status()).isEqualTo(Status.NO_DATA);
        assertThat(part.evaluation().explanation().key()).isEqualTo("dashboard.explain.partOfTotal");
        IndicatorItem alone = indicator(ValueKind.NUMBER, "项", Aggregation.SUM, total, 1);
        assertThat(judgement
                        .institution(alone, total, member(1).member(), List.of(Measurement.number(2023, "5")))
                        .status())
                .isNotEqualTo(Status.NO_DATA);
    }

    @Test
    void aCountyNamedInBracketsIsJudgedOnItsOwnTarget() {
        Target target = PARSER.parse("85%左右（遂溪县达到80%左右）", "%").target();
        IndicatorItem rate = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, target, 2);
        Member suixi = new Member(1L, "遂溪县人民医院", "遂溪县", null, true);
        Member lianjiang = new Member(2L, "廉江市人民医院", "廉江市", null, true);
        List<Measurement> eighty = List.of(Measurement.number(2023, "80"));

        assertThat(judgement.institution(rate, target, suixi, eighty).achieved())
                .isTrue();
        assertThat(judgement.institution(rate, target, lianjiang, eighty).achieved())
                .isFalse();
        Verdict region = judgement.set(
                rate,
                target,
                List.of("遂溪县", "湛江市"),
                List.of(new MemberValues(suixi, new TreeMap<>(java.util.Map.of(2023, eighty.get(0))), null)));
        assertThat(region.target().value()).isEqualByComparingTo("80");
    }

    @Test
    void aBaselineWithoutAYearIsTheYearBeforeThePlanStarts() {
        Target rate = PARSER.parse("≥60%", "%").target();
        IndicatorItem withoutYear = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, rate, 1, null);
        IndicatorItem withYear = indicator(ValueKind.PERCENTAGE, "%", Aggregation.AVERAGE, rate, 1, 2022);

        assertThat(Judgement.baseline(withoutYear, 2023).year()).isEqualTo(2022);
        List<Measurement> value = List.of(Measurement.number(2023, "45"));
        Verdict implicit = judgement.institution(withoutYear, rate, member(1).member(), value);
        Verdict explicit = judgement.institution(withYear, rate, member(1).member(), value);
        // the same baseline, 30% in 2022, gives the same progress (15 of 30 points) and the same expectation
        assertThat(implicit.evaluation().progress()).isEqualByComparingTo("0.5");
        assertThat(implicit.evaluation()).isEqualTo(explicit.evaluation());
    }

    @Test
    void membersStatusIsTheWorstMemberNeverAMedian() {
        List<Verdict> verdicts =
                List.of(verdict(Status.ACHIEVED, true), verdict(Status.ACHIEVED, true), verdict(Status.AT_RISK, false));
        assertThat(MemberCounts.status(verdicts, false)).isEqualTo(Status.AT_RISK);
        List<Verdict> oneMissing = List.of(verdict(Status.ACHIEVED, true), verdict(Status.NO_DATA, false));
        assertThat(MemberCounts.status(oneMissing, false)).isEqualTo(Status.AT_RISK);
        assertThat(MemberCounts.status(oneMissing, true)).isEqualTo(Status.OFF_TRACK);
    }

    private static Verdict verdict(Status status, boolean achieved) {
        return new Verdict(
                new com.hospitalplan.targets.Evaluation(status, achieved, null, null, null, null),
                null,
                null,
                null,
                1,
                1,
                achieved ? 1 : 0);
    }

    private static MemberValues member(long id, Measurement... values) {
        TreeMap<Integer, Measurement> byYear =
                Arrays.stream(values).collect(Collectors.toMap(Measurement::year, m -> m, (a, b) -> b, TreeMap::new));
        return new MemberValues(new Member(id, "第" + id + "县医共体", "第" + id + "县", null, true), byYear, null);
    }

    private static IndicatorItem indicator(
            ValueKind kind, String unit, Aggregation aggregation, Target target, int reporters) {
        return indicator(kind, unit, aggregation, target, reporters, 2022);
    }

    private static IndicatorItem indicator(
            ValueKind kind, String unit, Aggregation aggregation, Target target, int reporters, Integer baselineYear) {
        Set<Long> ids = LongStream.rangeClosed(1, reporters).boxed().collect(Collectors.toSet());
        return new IndicatorItem(
                1L,
                null,
                "1",
                "指标",
                unit,
                kind,
                null,
                Direction.HIGHER_IS_BETTER,
                kind == ValueKind.YES_NO ? null : new BigDecimal("30"),
                null,
                baselineYear,
                target.text(),
                target,
                null,
                aggregation,
                null,
                ids,
                java.util.Map.of(),
                null);
    }
}
