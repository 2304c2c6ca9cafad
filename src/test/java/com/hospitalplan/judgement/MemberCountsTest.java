package com.hospitalplan.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCountsTest {

    @Test
    void aShareIsInPercentAndNothingOfNothingIsZero() {
        assertThat(MemberCounts.share(1, 4)).isEqualByComparingTo("25");
        assertThat(MemberCounts.share(0, 0)).isEqualByComparingTo("0");
    }

    @Test
    void theSetIsAchievedOnlyWhenEveryMemberMeetsAndTheSentenceCountsThem() {
        Evaluation all = MemberCounts.evaluation(Status.ACHIEVED, 3, 3, 3, BigDecimal.ONE);
        assertThat(all.achieved()).isTrue();
        assertThat(all.progress()).isEqualByComparingTo("1");
        Evaluation some = MemberCounts.evaluation(Status.AT_RISK, 5, 4, 1, null);
        assertThat(some.achieved()).isFalse();
        assertThat(some.progress()).isNull();
        // 5 members: 1 meets, 3 reported without meeting, 1 did not report
        assertThat(some.explanation())
                .isEqualTo(new Explanation(
                        "judgement.explain.members",
                        List.of(5, 1, 3, 1, new Explanation("target.pace.AT_RISK", List.of()))));
        assertThat(MemberCounts.evaluation(Status.NO_DATA, 0, 0, 0, null).achieved())
                .isFalse();
    }

    @Test
    void noMemberJudgedIsNoData() {
        assertThat(MemberCounts.status(List.of(verdict(Status.NO_DATA, false)), false))
                .isEqualTo(Status.NO_DATA);
        assertThat(MemberCounts.status(List.of(), false)).isEqualTo(Status.NO_DATA);
        assertThat(MemberCounts.status(
                        List.of(verdict(Status.ACHIEVED, true), verdict(Status.OFF_TRACK, false)), false))
                .isEqualTo(Status.OFF_TRACK);
    }

    private static Verdict verdict(Status status, boolean achieved) {
        return new Verdict(new Evaluation(status, achieved, null, null, null, null), null, null, null, 1, 1, 0);
    }
}
