package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Changes against a baseline or a named base year, relative or in points, and targets due before the plan ends. */
class ChangesAndDueYearsTest {

    private final TargetParser parser = new TargetParser();
    private final TargetEvaluator evaluator = new TargetEvaluator();

    private Evaluation judge(String text, Situation situation) {
        return evaluator.evaluate(parser.parse(text).target(), situation);
    }

    private static Situation plan() {
        return Situation.of(2021, 2025, LocalDate.of(2025, 12, 31).plusDays(1));
    }

    @Test
    void aRelativeDecreaseOfACountIsMetOnlyWhenItFellThatFar() {
        Situation complaints = plan().withBaseline(Baseline.number(2020, "200"));
        assertThat(judge("投诉纠纷下降10%", complaints.withMeasurements(Measurement.number(2025, "170")))
                        .achieved())
                .isTrue();
        assertThat(judge("投诉纠纷下降10%", complaints.withMeasurements(Measurement.number(2025, "190")))
                        .achieved())
                .isFalse();
        assertThat(judge("投诉纠纷下降10%", complaints.withMeasurements(Measurement.number(2025, "230")))
                        .achieved())
                .isFalse();
    }

    @Test
    void aChangeOfAPercentageIsInPoints() {
        Situation rate = plan().withPercentage(true).withBaseline(Baseline.number(2020, "60"));
        assertThat(judge("提高5个百分点", rate.withMeasurements(Measurement.number(2025, "65.5")))
                        .achieved())
                .isTrue();
        assertThat(judge("提高5%", rate.withMeasurements(Measurement.number(2025, "64")))
                        .achieved())
                .isFalse();
    }

    @Test
    void aChangeAgainstANamedBaseYearTakesThatYearsValue() {
        Situation survival = plan().withPercentage(true)
                .withBaseline(Baseline.number(2019, "40"))
                .withMeasurements(Measurement.number(2021, "42"), Measurement.number(2025, "45.5"));
        Evaluation since2021 = judge("比2021年提高3个百分点", survival);
        assertThat(since2021.achieved()).isTrue();
        Evaluation since2015 = judge("比2015年提高3个百分点", survival);
        assertThat(since2015.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void aTargetDueBeforeThePlanEndsIsMissedOnceItsYearIsOver() {
        Situation midway = Situation.of(2020, 2021, LocalDate.of(2021, 3, 31))
                .withBaseline(Baseline.number(2019, "70"))
                .withMeasurements(Measurement.number(2020, "80"));
        assertThat(judge("至2020年底达到90%", midway).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(judge("至2021年底达到90%", midway).status()).isNotEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aYearWithItsOwnTargetIsJudgedAgainstIt() {
        Situation midway = Situation.of(2021, 2025, LocalDate.of(2024, 3, 31))
                .withBaseline(Baseline.number(2020, "30"))
                .withYearlyTargets(java.util.Map.of(2023, parser.parse("≥31%").target()));
        // behind the straight line from 30% to 40% (33% expected by 2023), but the plan asks only 31% for 2023
        Evaluation met = judge("≥40%", midway.withMeasurements(Measurement.number(2023, "31.5")));
        assertThat(met.status()).isEqualTo(Status.ON_TRACK);
        assertThat(Texts.CHINESE.render(met.explanation())).contains("已达到当年目标 ≥31%");
        Evaluation missed = judge("≥40%", midway.withMeasurements(Measurement.number(2023, "30.5")));
        assertThat(missed.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(Texts.CHINESE.render(missed.explanation())).contains("未达到当年目标 ≥31%");
        Evaluation noYearly = judge("≥40%", midway.withMeasurements(Measurement.number(2022, "31")));
        assertThat(Texts.CHINESE.render(noYearly.explanation())).doesNotContain("当年目标");
    }
}
