package com.hospitalplan.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.LinkedProject;
import com.hospitalplan.plan.LinkedProject.StageFact;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.NationalScales;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A target naming a stage of a linked construction project ("2025年投入使用"), judged by the one judgement from the
 * project's stage dates, without Spring. The plan runs 2021–2025; the day of judgement is 2024-06-30.
 */
class StageTargetsTest {

    private static final TargetParser PARSER = new TargetParser();
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private final Judgement judgement = new Judgement(2021, 2025, AS_OF, NationalScales.CATALOG);

    @Test
    void theParserReadsLifecycleWordsAsAnAchievementNamingTheStage() {
        Target target = PARSER.parse("2025年投入使用").target();
        assertThat(target.measure()).isEqualTo(Measure.ACHIEVEMENT);
        assertThat(target.targetYear()).isEqualTo(2025);
        assertThat(StageTargets.stageOf(linked("2025年投入使用", project()), target))
                .map(StageFact::stage)
                .contains("投入使用");
    }

    @Test
    void eventWordsMapToTheStageList() {
        List<StageFact> stages = project().stages();
        assertThat(stage("2023年底前主体封顶", stages)).isEqualTo("主体封顶");
        assertThat(stage("启动开工建设", stages)).isEqualTo("开工");
        assertThat(stage("动工", stages)).isEqualTo("开工");
        assertThat(stage("建成", stages)).isEqualTo("竣工验收");
        // 建成投用: in use only once it is open, the later stage counts
        assertThat(stage("2022年6月底前住院综合大楼建成投用", stages)).isEqualTo("投入使用");
        assertThat(stage("完成施工招标", stages)).isEqualTo("施工招标");
        assertThat(StageWords.named("通过国家认证", stages)).isEmpty();
    }

    @Test
    void aStageReachedOnOrBeforeTheDeadlineIsMet() {
        IndicatorItem indicator = linked("2025年投入使用", project(fact("投入使用", 70, "2025年底", "2025年底", "2024年5月")));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.ACHIEVED);
        assertThat(verdict.achieved()).isTrue();
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.reached");
        assertThat(verdict.evaluation().explanation().args())
                .containsExactly("投入使用", "2024年5月", yearEnd(2025), "2025年底");
    }

    @Test
    void aStageReachedAfterTheDeadlineIsNotMet() {
        IndicatorItem indicator = linked("2023年开工", project(fact("开工", 40, "2023年", "2024年上半年", "2024年3月")));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(verdict.achieved()).isFalse();
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.reachedLate");
    }

    @Test
    void aStagePlannedWithinTheDeadlineIsOnTrack() {
        IndicatorItem indicator = linked("2025年投入使用", project(fact("投入使用", 70, "2025年上半年", "2025年上半年", null)));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        assertThat(verdict.achieved()).isFalse();
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.onTrack");
    }

    @Test
    void aStageThatSlippedPastTheDeadlineIsOffTrackAndSaysSo() {
        IndicatorItem indicator = linked("2025年上半年投入使用", project(fact("投入使用", 70, "2025年上半年", "2026年上半年", null)));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.slipped");
        assertThat(verdict.evaluation().explanation().args())
                .containsExactly("投入使用", "2026年上半年", yearEnd(2025), "2025年上半年");
    }

    @Test
    void aSlipThatStaysWithinTheDeadlineIsStillOnTrack() {
        IndicatorItem indicator = linked("2025年投入使用", project(fact("投入使用", 70, "2025年上半年", "2025年底", null)));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.slippedInTime");
    }

    @Test
    void vagueDatesCompareByTheLatestDayTheyCanMean() {
        // 2025年下半年 can mean 2025-12-31: within a 2025 deadline; 2026年初 cannot
        assertThat(judge(linked("2025年主体封顶", project(fact("主体封顶", 50, "2025年下半年", "2025年下半年", null))))
                        .status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(judge(linked("2025年主体封顶", project(fact("主体封顶", 50, "2026年初", "2026年初", null))))
                        .status())
                .isEqualTo(Status.OFF_TRACK);
        // 十四五期末 is 2025-12-31: reached by the end of a 2025 deadline
        assertThat(judge(linked("2025年竣工验收", project(fact("竣工验收", 60, "十四五期末", "十四五期末", "2024年上半年"))))
                        .status())
                .isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aPlannedDateThatPassedWithoutTheStageIsAtRiskUntilTheDeadline() {
        IndicatorItem indicator = linked("2025年开工", project(fact("开工", 40, "2023年底", "2023年底", null)));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.AT_RISK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.overdue");
    }

    @Test
    void aStageWithoutAPlannedDateHasNoDataUntilTheDeadlinePasses() {
        IndicatorItem open = linked("2025年投入使用", project());
        assertThat(judge(open).status()).isEqualTo(Status.NO_DATA);
        assertThat(judge(open).evaluation().explanation().key()).isEqualTo("judgement.explain.stage.noDate");

        IndicatorItem overdue = linked("2023年投入使用", project());
        Verdict verdict = judge(overdue);
        assertThat(verdict.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.missed");
    }

    @Test
    void aTargetWithoutAYearIsDueAtThePlansEnd() {
        // 年底前主体封顶 names no year: the plan's last year, 2025
        IndicatorItem indicator = linked("年底前主体封顶", project(fact("主体封顶", 50, "2025年6月", "2025年6月", null)));

        Verdict verdict = judge(indicator);

        assertThat(verdict.status()).isEqualTo(Status.ON_TRACK);
        assertThat(verdict.evaluation().explanation().args().get(2)).isEqualTo(yearEnd(2025));
    }

    @Test
    void everyScopeGetsTheSameVerdictWhateverWasReported() {
        IndicatorItem indicator = linked("2025年投入使用", project(fact("投入使用", 70, "2025年上半年", "2026年上半年", null)));
        Target target = indicator.target();
        Member hospital = new Member(1L, "某县人民医院", "某县", null, true);
        MemberValues reportedYes =
                new MemberValues(hospital, new TreeMap<>(Map.of(2024, Measurement.yes(2024, true))), null);

        Verdict one = judgement.institution(indicator, target, hospital, List.of(Measurement.yes(2024, true)));
        Verdict set = judgement.set(indicator, target, List.of(), List.of(reportedYes, reportedYes));

        assertThat(one.evaluation()).isEqualTo(set.evaluation());
        assertThat(one.status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void anUnlinkedOrNonStageTargetIsJudgedAsBefore() {
        Target target = PARSER.parse("2025年投入使用").target();
        IndicatorItem unlinked = item(target, null);
        Member hospital = new Member(1L, "某县人民医院", "某县", null, true);

        Verdict verdict = judgement.institution(unlinked, target, hospital, List.of(Measurement.yes(2024, true)));

        assertThat(verdict.status()).isEqualTo(Status.ACHIEVED);
        assertThat(verdict.evaluation().explanation().key()).doesNotStartWith("judgement.explain.stage.");
        Target certified = PARSER.parse("通过国家认证").target();
        assertThat(StageTargets.judge(item(certified, project()), certified, 2025, AS_OF))
                .isNull();
    }

    @Test
    void aMonthTheWordingNamesIsTheDeadline() {
        // 2022年6月底前建成投用 (seed 003): opened in September is late, though within the year
        LinkedProject project =
                project(fact("投入使用", 70, "2022年6月", "2022年6月", "2022年9月")).withDeadline(LocalDate.of(2022, 6, 30));

        Verdict verdict = judge(linked("2022年6月底前住院综合大楼建成投用", project));

        assertThat(verdict.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(verdict.evaluation().explanation().key()).isEqualTo("judgement.explain.stage.reachedLate");
        assertThat(verdict.evaluation().explanation().args().get(2))
                .isEqualTo(new Explanation("judgement.deadline.day", List.of("2022", "6", "30", "2022-06-30")));
    }

    private static Explanation yearEnd(int year) {
        return new Explanation("judgement.deadline.yearEnd", List.of(String.valueOf(year)));
    }

    private Verdict judge(IndicatorItem indicator) {
        return judgement.set(indicator, indicator.target(), List.of(), List.of());
    }

    private static String stage(String wording, List<StageFact> stages) {
        return StageWords.named(wording, stages).orElseThrow().stage();
    }

    /** The seeded stage list, each stage without dates unless one of {@code dated} gives them. */
    private static LinkedProject project(StageFact... dated) {
        List<StageFact> stages = new ArrayList<>();
        String[] names = {"项目建议书/可研批复", "初步设计批复", "施工招标", "开工", "主体封顶", "竣工验收", "投入使用"};
        for (int i = 0; i < names.length; i++) {
            int position = (i + 1) * 10;
            String name = names[i];
            stages.add(List.of(dated).stream()
                    .filter(d -> d.stage().equals(name))
                    .findFirst()
                    .orElse(new StageFact(name, position, null, null, null, null, null, null)));
        }
        return new LinkedProject(7L, "住院综合大楼", stages, null);
    }

    private static StageFact fact(String stage, int position, String original, String planned, String actual) {
        return new StageFact(
                stage, position, original, latest(original), planned, latest(planned), actual, latest(actual));
    }

    /** The latest day the test's vague dates can mean (as project.VagueDateReader reads them). */
    private static LocalDate latest(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "2022年6月" -> LocalDate.of(2022, 6, 30);
            case "2022年9月" -> LocalDate.of(2022, 9, 30);
            case "2023年", "2023年底" -> LocalDate.of(2023, 12, 31);
            case "2024年上半年" -> LocalDate.of(2024, 6, 30);
            case "2024年3月" -> LocalDate.of(2024, 3, 31);
            case "2024年5月" -> LocalDate.of(2024, 5, 31);
            case "2025年上半年" -> LocalDate.of(2025, 6, 30);
            case "2025年6月" -> LocalDate.of(2025, 6, 30);
            case "2025年下半年", "2025年底", "十四五期末" -> LocalDate.of(2025, 12, 31);
            case "2026年初" -> LocalDate.of(2026, 3, 31);
            case "2026年上半年" -> LocalDate.of(2026, 6, 30);
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static IndicatorItem linked(String wording, LinkedProject project) {
        Target target = PARSER.parse(wording).target();
        assertThat(target).as(wording).isNotNull();
        return item(target, project);
    }

    private static IndicatorItem item(Target target, LinkedProject project) {
        return new IndicatorItem(
                1L,
                null,
                "1",
                "住院综合大楼投入使用",
                null,
                ValueKind.YES_NO,
                null,
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                null,
                target.text(),
                target,
                null,
                Aggregation.SHARE_MEETING,
                null,
                Set.of(1L),
                Map.of(),
                project);
    }
}
