package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every target form of docs/domain judged in each situation: achieved, on track, off track (or at risk) and no data.
 * Plan period 2021–2025 (十四五) judged on 2024-12-31 unless a test says otherwise.
 */
class TargetEvaluatorTest {

    private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);

    private final TargetParser parser = new TargetParser();
    private final TargetEvaluator evaluator = new TargetEvaluator();

    private Target target(String text) {
        return target(text, null);
    }

    private Target target(String text, String unit) {
        ParseResult result = parser.parse(text, unit);
        assertThat(result.understood()).as(text).isTrue();
        return result.target();
    }

    private static Situation plan() {
        return Situation.of(2021, 2025, END_OF_2024);
    }

    private Evaluation judge(String text, Situation situation) {
        return evaluator.evaluate(target(text), situation);
    }

    private static String chinese(Evaluation evaluation) {
        return Texts.CHINESE.render(evaluation.explanation());
    }

    @Nested
    class AtLeast {

        @Test
        void achievedWhenTheLatestValueReachesTheTarget() {
            Evaluation e = judge(
                    "≥35%", plan().withMeasurements(Measurement.number(2023, "30"), Measurement.number(2024, "36")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(e.achieved()).isTrue();
            assertThat(chinese(e)).isEqualTo("目标 ≥35%，最新值 36%（2024年），已达到目标");
        }

        @Test
        void onTrackWhenAheadOfTheStraightLineFromBaselineToTarget() {
            Evaluation e = judge(
                    "35%以上",
                    plan().withBaseline(Baseline.number(2020, "30")).withMeasurements(Measurement.number(2023, "34")));
            // 4 of the 5 points needed after 3 of 5 years
            assertThat(e.progress()).isEqualByComparingTo("0.8");
            assertThat(e.expectedProgress()).isBetween(new BigDecimal("0.59"), new BigDecimal("0.61"));
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void atRiskWhenSlightlyBehindAsInTheIssuesExample() {
            Situation situation = Situation.of(
                            2022, 2024, LocalDate.of(2025, 1, 1).minusDays(1))
                    .withMeasurements(Measurement.number(2024, "33.2"));
            Evaluation e = judge("≥35%", situation);
            assertThat(e.status()).isEqualTo(Status.AT_RISK);
            assertThat(chinese(e)).isEqualTo("目标 ≥35%，最新值 33.2%（2024年），已完成目标的 94.9%，略落后于进度");
            assertThat(Texts.ENGLISH.render(e.explanation()))
                    .isEqualTo("Target ≥35%, latest 33.2% (2024): 94.9% of the target, slightly behind schedule");
        }

        @Test
        void offTrackWhenFarBehind() {
            Evaluation e = judge(
                    "不低于10%",
                    plan().withBaseline(Baseline.number(2020, "4")).withMeasurements(Measurement.number(2024, "5")));
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
            assertThat(chinese(e)).endsWith("已完成目标的 16.7%，落后于进度");
        }

        @Test
        void strictTargetIsNotMetByTheValueItself() {
            assertThat(judge(">90%", plan().withMeasurements(Measurement.number(2024, "90")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void noDataWithoutReportedValues() {
            Evaluation e = judge("≥35%", plan());
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(chinese(e)).isEqualTo("目标 ≥35%，尚无上报数据");
        }

        @Test
        void offTrackOnceThePlanIsOverUnmet() {
            Situation over = Situation.of(2021, 2025, LocalDate.of(2026, 3, 1))
                    .withMeasurements(Measurement.number(2025, "34.9"));
            Evaluation e = judge("≥35%", over);
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
            assertThat(chinese(e)).contains("规划期已结束");
        }
    }

    @Nested
    class AtMost {

        @Test
        void achievedAtOrBelowTheLimit() {
            assertThat(judge("≤11分钟", plan().withMeasurements(Measurement.number(2024, "10.5")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
        }

        @Test
        void onTrackWhenComingDownFastEnough() {
            Evaluation e = judge(
                    "小于30%",
                    plan().withBaseline(Baseline.number(2020, "40")).withMeasurements(Measurement.number(2023, "32")));
            assertThat(e.progress()).isEqualByComparingTo("0.8");
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void offTrackWhenNotComingDown() {
            Evaluation e = judge(
                    "小于30%",
                    plan().withBaseline(Baseline.number(2020, "40")).withMeasurements(Measurement.number(2024, "39")));
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void strictLimitIsNotMetByTheLimitItself() {
            assertThat(judge("小于30%", plan().withMeasurements(Measurement.number(2024, "30")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void noData() {
            assertThat(judge("≤11分钟", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class About {

        @Test
        void achievedWithinFivePercentOfTheValue() {
            assertThat(judge("45%左右", plan().withMeasurements(Measurement.number(2024, "47")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
            assertThat(judge("45%左右", plan().withMeasurements(Measurement.number(2024, "42.75")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
        }

        @Test
        void notAchievedTooFarAboveEither() {
            Evaluation e = judge(
                    "45%左右",
                    plan().withBaseline(Baseline.number(2020, "60")).withMeasurements(Measurement.number(2024, "49")));
            assertThat(e.achieved()).isFalse();
            assertThat(e.status()).isEqualTo(Status.AT_RISK);
        }

        @Test
        void offTrackFarFromTheValue() {
            Evaluation e = judge(
                    "90%左右",
                    plan().withBaseline(Baseline.number(2020, "60")).withMeasurements(Measurement.number(2024, "65")));
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void onTrack() {
            Evaluation e = judge(
                    "90%左右",
                    plan().withBaseline(Baseline.number(2020, "60")).withMeasurements(Measurement.number(2023, "80")));
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("45%左右", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class Range {

        @Test
        void achievedInsideTheRange() {
            Evaluation e = judge(
                    "2~3个",
                    plan().withBaseline(Baseline.number(2020, "1")).withMeasurements(Measurement.number(2024, "2")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        }

        @Test
        void aboveTheRangeCountsWhenMoreIsBetter() {
            assertThat(judge("2~3个", plan().withMeasurements(Measurement.number(2024, "4")))
                            .achieved())
                    .isTrue();
        }

        @Test
        void aboveTheRangeMissesABand() {
            Situation band =
                    plan().withDirection(Direction.WITHIN_BAND).withMeasurements(Measurement.number(2024, "4"));
            assertThat(judge("2~3个", band).achieved()).isFalse();
        }

        @Test
        void onTrackAndOffTrackBelowTheRange() {
            Situation early = Situation.of(2021, 2025, LocalDate.of(2021, 12, 31))
                    .withBaseline(Baseline.number(2020, "1"))
                    .withMeasurements(Measurement.number(2021, "1.5"));
            assertThat(judge("2~3个", early).status()).isEqualTo(Status.ON_TRACK);
            assertThat(judge(
                                    "2~3个",
                                    plan().withBaseline(Baseline.number(2020, "1"))
                                            .withMeasurements(Measurement.number(2024, "1")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("3-6项", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class IncreaseBy {

        @Test
        void achievedWhenTheGainOverTheBaselineIsReached() {
            Evaluation e = judge(
                    "新增1个",
                    plan().withBaseline(Baseline.number(2020, "6")).withMeasurements(Measurement.number(2024, "7")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
        }

        @Test
        void onTrackAndOffTrack() {
            Situation base = plan().withBaseline(Baseline.number(2020, "17"));
            assertThat(judge("新增2名", base.withMeasurements(Measurement.number(2022, "18")))
                            .status())
                    .isEqualTo(Status.ON_TRACK);
            assertThat(judge("新增2名", base.withMeasurements(Measurement.number(2024, "17")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void cannotBeJudgedWithoutABaseline() {
            Evaluation e = judge("新增2", plan().withMeasurements(Measurement.number(2024, "3")));
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(chinese(e)).isEqualTo("目标 新增2，缺少基线值，无法计算新增量");
        }

        @Test
        void noData() {
            assertThat(judge("新增1个", plan().withBaseline(Baseline.number(2020, "6")))
                            .status())
                    .isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class Level {

        @Test
        void achievedAtOrAboveTheLevelOnItsScale() {
            Situation emr = plan().withScale(NationalScales.EMR).withMeasurements(Measurement.level(2024, "7级"));
            Evaluation e = evaluator.evaluate(target("七", "级"), emr);
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(e)).isEqualTo("目标 七级及以上，最新值 7级（2024年），已达到目标");
        }

        @Test
        void onTrackAndOffTrackBetweenBaselineAndTarget() {
            Situation base = plan().withScale(NationalScales.INTEROPERABILITY).withBaseline(Baseline.level(2020, "三级"));
            assertThat(judge("四级甲等", base.withMeasurements(Measurement.level(2022, "四级乙等")))
                            .status())
                    .isEqualTo(Status.ON_TRACK);
            assertThat(judge("四级甲等", base.withMeasurements(Measurement.level(2024, "三级")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void hospitalGradesCompareInOrder() {
            Situation grade = plan().withScale(NationalScales.HOSPITAL_GRADE);
            assertThat(judge("三级甲等", grade.withMeasurements(Measurement.level(2024, "三甲")))
                            .achieved())
                    .isTrue();
            assertThat(judge("三级甲等", grade.withMeasurements(Measurement.level(2024, "三级乙等")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void aTierWithoutAGradeIsReachedAtTheTiersLowestGrade() {
            Target tier = target("三级中医院");
            assertThat(tier.level()).isEqualTo("三级");
            Situation grade = plan().withScale(NationalScales.HOSPITAL_GRADE);
            assertThat(evaluator
                            .evaluate(tier, grade.withMeasurements(Measurement.level(2024, "三级丙等")))
                            .achieved())
                    .isTrue();
            assertThat(evaluator
                            .evaluate(tier, grade.withMeasurements(Measurement.level(2024, "二级甲等")))
                            .achieved())
                    .isFalse();
            assertThat(target("二级妇幼保健院").level()).isEqualTo("二级");
        }

        @Test
        void aStretchGradeIsReportedWhenReached() {
            Situation grade = plan().withScale(NationalScales.PERFORMANCE_GRADE);
            Evaluation stretch = judge("B++甚至A级", grade.withMeasurements(Measurement.level(2024, "A")));
            assertThat(stretch.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(stretch)).isEqualTo("目标 B++及以上（力争A），最新值 A（2024年），已达到目标，并达到更高目标 A");
            assertThat(judge("B++甚至A级", grade.withMeasurements(Measurement.level(2024, "B++")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
            assertThat(judge("B++甚至A级", grade.withMeasurements(Measurement.level(2024, "B")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void theRecommendedStandardIsMetOnlyByTheRecommendedStandard() {
            Situation standard = plan().withScale(NationalScales.SERVICE_CAPABILITY_STANDARD);
            assertThat(judge("达到推荐标准", standard.withMeasurements(Measurement.level(2024, "推荐标准")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
            assertThat(judge("达到推荐标准", standard.withMeasurements(Measurement.level(2024, "基本标准")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void anIndicatorWithoutAScaleIsJudgedOnTheRegisteredScaleThatHasTheLevel() {
            Situation registered = plan().withScales(NationalScales.CATALOG);
            assertThat(judge("达到推荐标准", registered.withMeasurements(Measurement.level(2024, "推荐标准")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
            assertThat(judge("四甲", registered.withMeasurements(Measurement.level(2024, "四级乙等")))
                            .achieved())
                    .isFalse();
        }

        @Test
        void aLevelTargetWithNoScaleAtAllIsNotJudged() {
            Evaluation e = judge("四级甲等", plan().withMeasurements(Measurement.level(2024, "五级乙等")));
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(e.explanation().key()).isEqualTo("target.explain.noScale");
        }

        @Test
        void aLevelOffTheScaleIsExplained() {
            Evaluation e = judge(
                    "四级甲等",
                    plan().withScale(NationalScales.INTEROPERABILITY).withMeasurements(Measurement.level(2024, "优秀")));
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(chinese(e)).contains("等级“优秀”不在“互联互通标准化成熟度”等级表中");
        }

        @Test
        void noData() {
            assertThat(judge("七级", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class YesNo {

        @Test
        void achievedWhenReportedDone() {
            Evaluation e = judge("通过国家认证", plan().withMeasurements(Measurement.yes(2023, true)));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(e)).isEqualTo("目标 通过国家认证，2023年已完成");
        }

        @Test
        void onTrackEarlyInThePlanAtRiskLaterOffTrackAfterIt() {
            Situation early =
                    Situation.of(2021, 2025, LocalDate.of(2021, 12, 31)).withMeasurements(Measurement.yes(2021, false));
            assertThat(judge("零突破", early).status()).isEqualTo(Status.ON_TRACK);
            assertThat(judge("零突破", plan().withMeasurements(Measurement.yes(2024, false)))
                            .status())
                    .isEqualTo(Status.AT_RISK);
            Situation over =
                    Situation.of(2021, 2025, LocalDate.of(2026, 1, 5)).withMeasurements(Measurement.yes(2025, false));
            assertThat(judge("零突破", over).status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("存量长期债务全部化解", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class RelativeToABenchmark {

        private final Map<Integer, BigDecimal> nationalAverage =
                Map.of(2023, new BigDecimal("52.3"), 2024, new BigDecimal("55.0"));

        @Test
        void achievedAboveTheBenchmarkOfTheSameYear() {
            Evaluation e = evaluator.evaluate(
                    target("高于国家平均水平", "%"),
                    plan().withBenchmark(nationalAverage).withMeasurements(Measurement.number(2024, "61.5")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(e)).isEqualTo("目标 高于国家平均水平，2024年 61.5%，国家平均水平 55%，已达到目标");
        }

        @Test
        void offTrackAtOrBelowIt() {
            Evaluation e = judge(
                    "高于国家平均水平", plan().withBenchmark(nationalAverage).withMeasurements(Measurement.number(2024, "55")));
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void cannotBeJudgedWithoutTheBenchmarkForThatYear() {
            Evaluation e = judge(
                    "高于国家平均水平", plan().withBenchmark(nationalAverage).withMeasurements(Measurement.number(2022, "60")));
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(chinese(e)).isEqualTo("目标 高于国家平均水平，缺少2022年国家平均水平的数据，无法比较");
        }

        @Test
        void noData() {
            assertThat(judge("高于国家平均水平", plan().withBenchmark(nationalAverage)).status())
                    .isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class PerYearRate {

        @Test
        void achievedWhenEveryYearOfThePlanMetIt() {
            Situation over = Situation.of(2021, 2025, LocalDate.of(2026, 1, 15))
                    .withMeasurements(
                            Measurement.number(2021, "7"),
                            Measurement.number(2022, "6"),
                            Measurement.number(2023, "9"),
                            Measurement.number(2024, "6"),
                            Measurement.number(2025, "8"));
            Evaluation e = judge("每年6人以上", over);
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(e.achieved()).isTrue();
        }

        @Test
        void onTrackWhileEveryCompleteYearMetIt() {
            Evaluation e = judge(
                    "每年引育硕博人才35名",
                    plan().withMeasurements(Measurement.number(2022, "36"), Measurement.number(2023, "40")));
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
            assertThat(chinese(e)).isEqualTo("目标 每年达到35名，已评估 2 个年度，其中 2 个年度达标；最近 2023年 40名，进度正常");
        }

        @Test
        void offTrackWhenTheLatestYearMissedAtRiskWhenAnEarlierOneDid() {
            Situation lastMissed =
                    plan().withMeasurements(Measurement.number(2022, "7"), Measurement.number(2023, "4"));
            assertThat(judge("每年6人以上", lastMissed).status()).isEqualTo(Status.OFF_TRACK);
            Situation earlierMissed =
                    plan().withMeasurements(Measurement.number(2022, "4"), Measurement.number(2023, "7"));
            assertThat(judge("每年6人以上", earlierMissed).status()).isEqualTo(Status.AT_RISK);
        }

        @Test
        void theCurrentYearCountsProRata() {
            Situation midYear = Situation.of(2021, 2025, LocalDate.of(2024, 6, 30))
                    .withMeasurements(
                            Measurement.number(2023, "6"),
                            Measurement.number(LocalDate.of(2024, 6, 30), new BigDecimal("3.1")));
            assertThat(judge("每年6人以上", midYear).status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void aRangePerYear() {
            assertThat(judge("每年申报省自然基金3-6项", plan().withMeasurements(Measurement.number(2023, "2")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("每年6人以上", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class YearOnYearGrowth {

        @Test
        void onTrackWhenEachYearGrewEnough() {
            Situation s = plan().withBaseline(Baseline.number(2020, "100"))
                    .withMeasurements(Measurement.number(2021, "116"), Measurement.number(2022, "134"));
            Evaluation e = judge("逐年增长15%以上", s);
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
            assertThat(chinese(e)).contains("最近 2022年 15.5%");
        }

        @Test
        void achievedWhenEveryYearGrewEnoughAndThePlanIsOver() {
            Situation s = Situation.of(2022, 2023, LocalDate.of(2024, 2, 1))
                    .withBaseline(Baseline.number(2021, "100"))
                    .withMeasurements(Measurement.number(2022, "120"), Measurement.number(2023, "145"));
            assertThat(judge("逐年增长20%以上", s).status()).isEqualTo(Status.ACHIEVED);
        }

        @Test
        void offTrackWhenTheLatestYearGrewTooLittle() {
            Situation s = plan().withBaseline(Baseline.number(2020, "100"))
                    .withMeasurements(Measurement.number(2021, "116"), Measurement.number(2022, "120"));
            assertThat(judge("逐年增长15%以上", s).status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void aYearlyReductionIsAFallOfAtLeastThatMuch() {
            Situation s = plan().withBaseline(Baseline.number(2020, "50"))
                    .withMeasurements(Measurement.number(2021, "40"), Measurement.number(2022, "31"));
            Evaluation e = judge("每年减少20%", s);
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
            assertThat(chinese(e)).startsWith("目标 每年减少20%以上");
            Situation tooLittle =
                    plan().withBaseline(Baseline.number(2020, "50")).withMeasurements(Measurement.number(2021, "45"));
            assertThat(judge("每年减少20%", tooLittle).status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noDataWithoutACompleteYear() {
            Situation s = Situation.of(2021, 2025, LocalDate.of(2021, 6, 30))
                    .withBaseline(Baseline.number(2020, "100"))
                    .withMeasurements(Measurement.number(LocalDate.of(2021, 6, 30), new BigDecimal("60")));
            Evaluation e = judge("逐年增长15%以上", s);
            assertThat(e.status()).isEqualTo(Status.NO_DATA);
            assertThat(chinese(e)).isEqualTo("目标 年增长≥15%，尚无完整年度的数据");
        }
    }

    @Nested
    class CumulativeOverThePeriod {

        @Test
        void achievedWhenTheYearsAddUp() {
            Evaluation e = judge(
                    "累计120项",
                    plan().withMeasurements(
                                    Measurement.number(2021, "30"),
                                    Measurement.number(2022, "30"),
                                    Measurement.number(2023, "30"),
                                    Measurement.number(2024, "31")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(e)).isEqualTo("目标 累计达到120项，最新值 121项（2024年），已达到目标");
        }

        @Test
        void onTrackWhenTheSumKeepsPaceWithTheYears() {
            Evaluation e = judge(
                    "5年引进博士10名", plan().withMeasurements(Measurement.number(2021, "3"), Measurement.number(2022, "2")));
            assertThat(e.progress()).isEqualByComparingTo("0.5");
            assertThat(e.status()).isEqualTo(Status.ON_TRACK);
        }

        @Test
        void offTrackWhenTheSumLags() {
            Evaluation e = judge(
                    "累计120项", plan().withMeasurements(Measurement.number(2023, "20"), Measurement.number(2024, "10")));
            assertThat(e.status()).isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("累计120项", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class Rank {

        @Test
        void achievedAtOrAboveTheRank() {
            assertThat(judge("全省县级医院前十强", plan().withMeasurements(Measurement.number(2024, "8")))
                            .status())
                    .isEqualTo(Status.ACHIEVED);
        }

        @Test
        void onTrackAndOffTrackWhenClimbing() {
            Situation base = plan().withBaseline(Baseline.number(2020, "30"));
            assertThat(judge("前十名", base.withMeasurements(Measurement.number(2022, "18")))
                            .status())
                    .isEqualTo(Status.ON_TRACK);
            assertThat(judge("前十名", base.withMeasurements(Measurement.number(2024, "25")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("前十名", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class ShareOfCoveredInstitutions {

        @Test
        void achievedWhenTheShareMeetingTheStandardIsReached() {
            Evaluation e = judge("90%的县级医院达到基本标准", plan().withMeasurements(Measurement.number(2021, "92")));
            assertThat(e.status()).isEqualTo(Status.ACHIEVED);
            assertThat(chinese(e)).startsWith("目标 90%：县级医院");
        }

        @Test
        void onTrackAndOffTrack() {
            Situation s =
                    Situation.of(2020, 2021, LocalDate.of(2021, 12, 31)).withBaseline(Baseline.number(2019, "40"));
            assertThat(judge("50%达到推荐标准", s.withMeasurements(Measurement.number(2020, "46")))
                            .status())
                    .isEqualTo(Status.ON_TRACK);
            assertThat(judge("50%达到推荐标准", s.withMeasurements(Measurement.number(2021, "42")))
                            .status())
                    .isEqualTo(Status.OFF_TRACK);
        }

        @Test
        void noData() {
            assertThat(judge("90%的县级医院达到基本标准", plan()).status()).isEqualTo(Status.NO_DATA);
        }
    }

    @Nested
    class OverridesAndBreakdowns {

        @Test
        void eachCountyIsJudgedByItsOwnTarget() {
            Target target = target("85%左右（遂溪县达到80%左右）");
            Situation s = plan().withMeasurements(Measurement.number(2024, "80.5"));
            assertThat(evaluator.evaluate(target.forScope("遂溪县"), s).status()).isEqualTo(Status.ACHIEVED);
            assertThat(evaluator.evaluate(target.forScope("廉江市"), s).achieved()).isFalse();
        }

        @Test
        void eachTierIsJudgedByItsOwnLevel() {
            Target target = target("三级医院电子病历应用水平分级达到5级，二级医院电子病历应用水平分级达到3级以上");
            Situation s = plan().withScale(NationalScales.EMR).withMeasurements(Measurement.level(2024, "4级"));
            assertThat(evaluator.evaluate(target.forScope("二级医院"), s).status()).isEqualTo(Status.ACHIEVED);
            assertThat(evaluator.evaluate(target.forScope("三级医院"), s).achieved())
                    .isFalse();
        }

        @Test
        void thePartsOfABreakdownAreJudgedOnTheirOwn() {
            Target target = target("5个（西医3个、中医2个）");
            TargetPart western = target.parts().get(0);
            Target westernTarget =
                    Target.of(Measure.LATEST_VALUE, Bound.AT_LEAST, western.value(), western.unit(), western.label());
            Situation s = plan().withMeasurements(Measurement.number(2024, "3"));
            assertThat(evaluator.evaluate(westernTarget, s).achieved()).isTrue();
            assertThat(evaluator.evaluate(target, s).achieved()).isFalse();
        }
    }

    @Test
    void aPlainNumberFollowsTheIndicatorsDirection() {
        Situation lower =
                plan().withDirection(Direction.LOWER_IS_BETTER).withMeasurements(Measurement.number(2024, "9"));
        assertThat(evaluator.evaluate(target("10", "分钟"), lower).achieved()).isTrue();
        Situation higher = plan().withMeasurements(Measurement.number(2024, "9"));
        assertThat(evaluator.evaluate(target("10", "分钟"), higher).achieved()).isFalse();
    }
}
