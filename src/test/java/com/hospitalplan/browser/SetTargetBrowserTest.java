package com.hospitalplan.browser;

import static com.hospitalplan.plan.IndicatorDefinitionBuilder.indicator;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.organization.OrganizationCommand;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.Target;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "各县医共体 全部达到" over five counties, one of which reports 是: the plan and the region show 20%, not achieved —
 * never the status of the one county that reported.
 */
@ServerTest
class SetTargetBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestOrganizations testOrganizations;

    @Test
    void oneOfFiveCountiesReportingYesIsTwentyPercentAndNotAchievedOnThePlanAndTheRegion() {
        long run = System.nanoTime();
        String city = testOrganizations.region("测试市", RegionLevel.CITY, null);
        List<String> counties = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            counties.add(testOrganizations.region("测试" + i + "县", RegionLevel.COUNTY, city));
        }
        List<Long> hospitals = new ArrayList<>();
        for (String county : counties) {
            hospitals.add(organizations.addOrganization(new OrganizationCommand(
                    "测试医共体" + county + "-" + run, OrganizationKind.GENERAL_HOSPITAL, county, null, null)));
        }
        // an administrator of the test's own writes the plan and reads the dashboards
        TestAccounts.Account adminAccount = accounts.account(Role.ADMIN, hospitals.get(0));
        SignedInUser admin = accounts.as(adminAccount.username());
        Long planId = plans.create(
                new PlanCommands.SavePlan(
                        "全部达到测试 " + run,
                        "测试市卫健局",
                        2024,
                        2027,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        hospitals.get(0),
                        hospitals,
                        List.of()),
                admin);
        Long goalId = content.addGoal(
                planId, new PlanCommands.SaveGoal(null, "一、", "医共体建设", null, hospitals.get(0), List.of()), admin);
        Long indicatorId = content.addIndicator(
                planId,
                new PlanCommands.SaveIndicator(
                        goalId,
                        indicator("1", "医共体建设达到推荐标准")
                                .category("医共体建设")
                                .kind(ValueKind.YES_NO)
                                .build(),
                        null,
                        "各县医共体全部达到",
                        null,
                        List.of(),
                        hospitals.get(0),
                        hospitals.subList(1, 5),
                        null,
                        null),
                admin);
        // the parser reads the wording itself: five hospitals report it, so "全部" is all of them
        Target stored = plans.reportingScope(planId).indicators().get(0).target();
        org.assertj.core.api.Assertions.assertThat(stored.measure()).isEqualTo(Measure.INSTITUTION_SHARE);
        org.assertj.core.api.Assertions.assertThat(stored.value()).isEqualByComparingTo("100");
        plans.publish(planId, admin);
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                planId, new NewPeriod(PeriodKind.YEAR, 2025, 1, today.minusDays(5), today.plusDays(10), 0), admin);
        Long periodId = periods.periods(planId, admin).get(0).id();
        SignedInUser reporter =
                (SignedInUser) users.loadUserByUsername(accounts.accountOf("REPORTER", hospitals.get(0)));
        Long reportId = drafting.startReport(periodId, reporter);
        drafting.save(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(
                        Map.of(indicatorId, new ReportInput.Value(null, null, true, null)),
                        Map.of(),
                        Map.of(),
                        "成效",
                        null,
                        null),
                reporter);
        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
        Long bureau = organizations.addOrganization(
                new OrganizationCommand("测试卫健局-" + run, OrganizationKind.HEALTH_BUREAU, city, null, null));
        SignedInUser reviewer = (SignedInUser) users.loadUserByUsername(accounts.accountOf("REVIEWER", bureau));
        decisions.approve(reportId, pages.page(reportId, reviewer, Locale.CHINA).version(), reviewer);

        signIn(adminAccount.username(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + planId + "/dashboard"));
        Locator planRow = page.locator("table.scorecard tbody tr[data-indicator='" + indicatorId + "']");
        assertThat(planRow).containsText("20%");
        assertThat(planRow).containsText("达标占比");
        assertThat(planRow).containsText("5家中1家达到");
        assertThat(planRow.locator(".status-badge")).not().hasText("已达成");

        page.navigate(url("/dashboards/regions/" + city + "?plan=" + planId));
        Locator regionRow = page.locator("table.scorecard tbody tr[data-indicator='" + indicatorId + "']");
        assertThat(regionRow).containsText("20%");
        assertThat(regionRow.locator(".status-badge")).not().hasText("已达成");
    }
}
