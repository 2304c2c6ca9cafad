package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.web.IndicatorCharts;
import com.hospitalplan.dashboard.web.RegionCharts;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Long dashboard tables come a page at a time, keep their filters and switches, and the exports keep everything. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagingTest {

    private static final Pattern SCORE_ROW = Pattern.compile("<tr data-indicator=\"(\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanDashboards dashboards;

    @Autowired
    IndicatorDashboards indicators;

    @Autowired
    RegionDashboards regions;

    @Autowired
    IndicatorCharts indicatorCharts;

    @Autowired
    RegionCharts regionCharts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CountyPlans countyPlans;

    /** A county plan of 56 indicators over six hospitals, five of which reported (approved) for last year. */
    private CountyPlans.Plan plan;

    /** A city leader over the plan's county. */
    private SignedInUser viewer;

    @BeforeAll
    void aLongPlanWithReports() {
        plan = countyPlans.plan(countyPlans.county(6), 56);
        Long period = countyPlans.openPeriod(plan);
        List<Long> hospitals = plan.county().hospitalIds();
        for (int i = 0; i < 5; i++) {
            countyPlans.report(plan, period, hospitals.get(i), i % 2 == 0 ? "40" : "20", true);
        }
        viewer = accounts.signedIn(Role.VIEWER, plan.county().cityBureauId());
    }

    @Test
    void thePlanScorecardComesInPagesOfTwentyFive() throws Exception {
        Long planId = plan.planId();
        SignedInUser planner = plan.planner();
        List<ScoreRow> all = dashboards
                .plan(planId, planner, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA)
                .scorecard();
        assertThat(all).hasSizeGreaterThan(50);

        String first = page(planner, "/plans/{id}/dashboard", planId);
        assertThat(indicatorIds(first)).containsExactlyElementsOf(ids(all.subList(0, 25)));
        assertThat(first).contains("第 1–25 项，共 " + all.size() + " 项", "page=2#scorecard");

        String third = page(planner, "/plans/{id}/dashboard?page=3&basis=pending", planId);
        assertThat(indicatorIds(third)).containsExactlyElementsOf(ids(all.subList(50, Math.min(75, all.size()))));
        assertThat(third).contains("basis=pending&amp;page=2#scorecard");

        // a page past the end shows the last one, an unreadable page the first
        assertThat(indicatorIds(page(planner, "/plans/{id}/dashboard?page=99", planId)))
                .isEqualTo(indicatorIds(third));
        assertThat(indicatorIds(page(planner, "/plans/{id}/dashboard?page=x", planId)))
                .isEqualTo(indicatorIds(first));
    }

    @Test
    void thePagerAsksForTheNextScorecardPageAloneAndGetsOnlyThatFragment() throws Exception {
        Long planId = plan.planId();
        SignedInUser planner = plan.planner();
        List<ScoreRow> all = dashboards
                .plan(planId, planner, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA)
                .scorecard();

        String fragment = mvc.perform(get("/plans/{id}/dashboard?page=2", planId)
                        .header("HX-Request", "true")
                        .header("HX-Target", "scorecard-page")
                        .with(user(planner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fragment).startsWith("<div id=\"scorecard-page\"").doesNotContain("<html", "status-counts");
        assertThat(indicatorIds(fragment)).containsExactlyElementsOf(ids(all.subList(25, 50)));
        assertThat(fragment).contains("hx-target=\"#scorecard-page\"", "page=3#scorecard");
    }

    @Test
    void theScorecardShowsOneStatusOnRequest() throws Exception {
        Long planId = plan.planId();
        SignedInUser planner = plan.planner();
        var plan = dashboards.plan(planId, planner, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        StatusCount some = plan.counts().stream()
                .filter(c -> c.count() > 0 && c.count() < plan.scorecard().size())
                .findFirst()
                .orElseThrow();
        List<Long> expected = plan.scorecard().stream()
                .filter(r -> r.status() == some.status())
                .map(ScoreRow::indicatorId)
                .limit(25)
                .toList();

        String filtered = page(planner, "/plans/{id}/dashboard?status=" + some.status(), planId);

        assertThat(indicatorIds(filtered)).containsExactlyElementsOf(expected);
        assertThat(filtered).contains("共 " + some.count() + " 项");
        assertThat(indicatorIds(page(planner, "/plans/{id}/dashboard?status=nonsense", planId)))
                .hasSize(25);
    }

    @Test
    void aRegionShowsItsIndicatorsPageByPageWhileTheExportHoldsThemAll() {
        String city = plan.county().area().cityCode();
        var first = regions.region(city, null, null, 1, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        int total = first.indicators().size();
        int size = RegionDashboards.PAGE;
        assertThat(total).isGreaterThan(size);
        int end = Math.min(2 * size, total);

        var second = regions.region(city, null, null, 2, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        assertThat(first.figuresPage().rows()).hasSize(size);
        assertThat(second.figuresPage().rows())
                .containsExactlyElementsOf(first.indicators().subList(size, end));
        assertThat(second.heatPage()).allSatisfy(row -> assertThat(row.cells()).hasSize(end - size));
        assertThat(second.heatPage().get(0).cells())
                .isEqualTo(first.heat().get(0).cells().subList(size, end));
        assertThat(regionCharts.heat(second, Locale.CHINA))
                .contains("\"columns\":[\"" + second.figuresPage().rows().get(0).name() + "\"")
                .contains("\"columnNames\":[\""
                        + label(second.figuresPage().rows().get(0)) + "\"")
                .doesNotContain("\"" + label(first.figuresPage().rows().get(0)) + "\"");
        assertThat(second.indicators()).hasSize(total);
    }

    @Test
    void aRegionPagerAsksForTheHeatMapAndFiguresOfThePageAlone() throws Exception {
        String fragment = mvc.perform(get(
                                "/dashboards/regions/{code}?page=2",
                                plan.county().area().cityCode())
                        .header("HX-Request", "true")
                        .header("HX-Target", "indicator-page")
                        .with(user(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(fragment)
                .startsWith("<div id=\"indicator-page\"")
                .contains("id=\"heat-table\"", "id=\"heat-chart\"", "table-sm align-middle scorecard")
                .doesNotContain("<html", "rank-table");
    }

    @Test
    void anIndicatorListsItsInstitutionsAPageAtATimeAndDrawsThoseOfThePage() {
        Long planId = plan.planId();
        // the first indicator is every hospital's
        Long indicatorId = plan.indicatorIds().get(0);
        var all = indicators.indicator(
                planId, indicatorId, 0, 0, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);
        assertThat(all.units()).hasSize(6);

        var second = indicators.indicator(
                planId, indicatorId, 2, 2, viewer, Basis.OFFICIAL, TargetVariant.ADJUSTED, Locale.CHINA);

        assertThat(second.unitPage().rows())
                .containsExactlyElementsOf(all.units().subList(2, 4));
        assertThat(second.units()).isEqualTo(all.units());
        List<String> otherPages = all.units().stream()
                .filter(unit -> !second.unitPage().rows().contains(unit))
                .map(DashboardViews.UnitRow::name)
                .toList();
        assertThat(second.trendSeries()).doesNotContainAnyElementsOf(otherPages);
        assertThat(all.trendSeries()).containsAnyElementsOf(otherPages);
    }

    private String page(SignedInUser user, String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> indicatorIds(String html) {
        Matcher matcher = SCORE_ROW.matcher(html);
        List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.valueOf(matcher.group(1)));
        }
        return ids;
    }

    private static String label(ScoreRow row) {
        return (row.number() == null ? "" : row.number() + " ") + row.name();
    }

    private static List<Long> ids(List<ScoreRow> rows) {
        return rows.stream().map(ScoreRow::indicatorId).toList();
    }
}
