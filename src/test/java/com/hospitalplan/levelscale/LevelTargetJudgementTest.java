package com.hospitalplan.levelscale;

import static com.hospitalplan.plan.IndicatorDefinitionBuilder.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Level targets on the scales in the database, judged on the report form as a hospital reports them. */
@IntegrationTest
class LevelTargetJudgementTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportPages pages;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    LevelScaleService scales;

    @Autowired
    GradeUsage usage;

    @Test
    void theRecommendedStandardIsAchievedByReportingItAndNotByTheBasicStandard() {
        assertThat(reportedStatus("SERVICE_CAPABILITY_STANDARD", "达到推荐标准", "推荐标准"))
                .isEqualTo(Status.ACHIEVED);
        assertThat(reportedStatus("SERVICE_CAPABILITY_STANDARD", "达到推荐标准", "基本标准"))
                .isNotEqualTo(Status.ACHIEVED)
                .isNotEqualTo(Status.NO_DATA);
    }

    @Test
    void theDemosPlainFourOfInteroperabilityIsMetByFourA() {
        assertThat(reportedStatus("INTEROPERABILITY", "四级水平", "四级甲等")).isEqualTo(Status.ACHIEVED);
        assertThat(reportedStatus("INTEROPERABILITY", "四级水平", "四级")).isEqualTo(Status.ACHIEVED);
        assertThat(reportedStatus("INTEROPERABILITY", "四级水平", "三级"))
                .isNotEqualTo(Status.ACHIEVED)
                .isNotEqualTo(Status.NO_DATA);
    }

    @Test
    void aLevelUsedOnlyByAReportIsInUse() {
        String key = "TEST_USE_" + System.nanoTime();
        scales.create(key, new LevelScaleCommand("使用测试" + key, List.of("甲", "乙", "丙")));

        reportedStatus(key, "丙", "甲");

        // 甲 is only a reported value (the report module tells it), 乙 nobody's
        assertThat(usage.levelsOn(key)).contains("甲").doesNotContain("乙");
    }

    /** The status the report form shows for a level indicator on {@code scale} when the hospital reports {@code level}. */
    private Status reportedStatus(String scale, String target, String level) {
        TestOrganizations.Tree tree = organizations.tree();
        long hospital = tree.hospitalId();
        SignedInUser admin = accounts.signedIn(Role.ADMIN, hospital);
        int year = LocalDate.now().getYear();
        Long planId = plans.create(
                new PlanCommands.SavePlan(
                        "等级目标测试 " + System.nanoTime(),
                        tree.hospitalName(),
                        year - 2,
                        year + 2,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        hospital,
                        List.of(hospital),
                        List.of()),
                admin);
        Long indicatorId = content.addIndicator(
                planId,
                new PlanCommands.SaveIndicator(
                        null,
                        indicator("1", "等级指标").category("能力建设").levels(scale).build(),
                        null,
                        target,
                        null,
                        List.of(),
                        hospital,
                        List.of(),
                        null,
                        null),
                admin);
        plans.publish(planId, admin);
        periods.openPeriod(
                planId,
                new NewPeriod(
                        PeriodKind.YEAR,
                        year - 1,
                        1,
                        LocalDate.now().minusDays(5),
                        LocalDate.now().plusDays(10),
                        0),
                admin);
        Long periodId = periods.periods(planId, admin).get(0).id();
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, hospital);
        Long reportId = drafting.startReport(periodId, reporter);
        drafting.save(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(
                        Map.of(indicatorId, new ReportInput.Value(null, level, null, "测试")),
                        Map.of(),
                        Map.of(),
                        "成效",
                        null,
                        null),
                reporter);
        return pages.page(reportId, reporter, Locale.CHINA).values().stream()
                .filter(row -> row.indicatorId().equals(indicatorId))
                .map(ReportViews.ValueRow::status)
                .findFirst()
                .orElseThrow();
    }
}
