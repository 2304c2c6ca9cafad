package com.hospitalplan.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope.SubTargetItem;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Status;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A milestone's sub-target judged like an indicator, by the one judgement, without Spring. */
class SubTargetJudgementTest {

    /** A 2021–2025 plan judged in the middle of 2023. */
    private final Judgement judgement = new Judgement(2021, 2025, LocalDate.of(2023, 6, 30), LevelScaleCatalog.EMPTY);

    /** "引进博士 1-2人" of a milestone due in 2022, as saving the milestone stores it. */
    private static final SubTargetItem DOCTORS = item("引进博士", "1-2人", 2022);

    @Test
    void oneOrTwoDoctorsMeetOneToTwoPeople() {
        assertThat(judgement.subTarget(DOCTORS, List.of(Measurement.number(2022, "1"))))
                .satisfies(v -> assertThat(v.achieved()).isTrue())
                .satisfies(v -> assertThat(v.status()).isEqualTo(Status.ACHIEVED));
        assertThat(judgement
                        .subTarget(DOCTORS, List.of(Measurement.number(2022, "2")))
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void noDoctorDoesNotMeetItAndOnceItsYearIsOverItIsOffTrack() {
        Verdict verdict = judgement.subTarget(DOCTORS, List.of(Measurement.number(2022, "0")));

        assertThat(verdict.achieved()).isFalse();
        assertThat(verdict.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("target.explain.missed");
        assertThat(verdict.value().number()).isEqualByComparingTo("0");
    }

    @Test
    void itIsDueInTheMilestonesYearUnlessTheWordingNamesAnother() {
        assertThat(DOCTORS.target().targetYear()).isEqualTo(2022);
        SubTargetItem by2025 = item("引进博士", "到2025年1-2人", 2022);
        assertThat(by2025.target().targetYear()).isEqualTo(2025);

        Verdict due2025 = judgement.subTarget(by2025, List.of(Measurement.number(2022, "0")));

        // the same value in mid-2023 misses a sub-target due in 2022, but not one due in 2025
        assertThat(due2025.evaluation().explanation().key()).isEqualTo("target.explain.progress");
        assertThat(judgement.subTarget(DOCTORS, List.of()).status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void anAchievementIsAnsweredYesOrNo() {
        SubTargetItem certified = item("胸痛中心", "通过国家认证", 2023);

        assertThat(certified.valueKind()).isEqualTo(ValueKind.YES_NO);
        assertThat(judgement
                        .subTarget(certified, List.of(Measurement.yes(2023, true)))
                        .achieved())
                .isTrue();
        assertThat(judgement
                        .subTarget(certified, List.of(Measurement.yes(2023, false)))
                        .achieved())
                .isFalse();
    }

    @Test
    void wordingThatCannotBeReadIsShownButNotJudged() {
        Verdict verdict = judgement.subTarget(item("其他", "视情况而定", 2022), List.of(Measurement.number(2022, "3")));

        assertThat(verdict.status()).isEqualTo(Status.NO_DATA);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("dashboard.explain.noTarget");
        assertThat(verdict.value().number()).isEqualByComparingTo("3");
    }

    @Test
    void severalReportersNumbersAddUpAndAYesNeedsEveryone() {
        Verdict doctors = judgement.subTargetOverSet(
                DOCTORS, List.of(member(1, Measurement.number(2022, "1")), member(2, Measurement.number(2022, "1"))));
        assertThat(doctors.value().number()).isEqualByComparingTo("2");
        assertThat(doctors.achieved()).isTrue();
        assertThat(doctors.rule()).isEqualTo(Aggregation.SUM);

        SubTargetItem certified = item("胸痛中心", "通过国家认证", 2023);
        Verdict halfway = judgement.subTargetOverSet(
                certified, List.of(member(1, Measurement.yes(2023, true)), member(2, Measurement.yes(2023, false))));
        assertThat(halfway.achieved()).isFalse();
        assertThat(halfway.meeting()).isEqualTo(1);
        assertThat(judgement
                        .subTargetOverSet(certified, List.of(member(1, Measurement.yes(2023, true))))
                        .achieved())
                .isTrue();
    }

    private static SubTargetItem item(String label, String text, int dueYear) {
        return new SubTargetItem(
                1L, 0, label, text, new SubTarget(label, text).read(dueYear, 1).target());
    }

    private static MemberValues member(long id, Measurement... values) {
        TreeMap<Integer, Measurement> byYear =
                Arrays.stream(values).collect(Collectors.toMap(Measurement::year, m -> m, (a, b) -> b, TreeMap::new));
        return new MemberValues(new Member(id, "科室" + id, "包头市", null, false), byYear, null);
    }
}
