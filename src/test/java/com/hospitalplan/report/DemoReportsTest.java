package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo data's sample reports: past years approved, the latest year open with every status in it. */
@IntegrationTest
class DemoReportsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportPages pages;

    @Autowired
    UserDetailsService users;

    @Test
    void everySeedPlanHasYearlyPeriodsWithTheLatestOpen() {
        List<Map<String, Object>> latest =
                jdbc.queryForList("select p.plan_key, max(r.year) as year, count(*) as periods,"
                        + " count(*) filter (where r.status = 'OPEN') as open"
                        + " from reporting_period r join plan p on p.id = r.plan_id where p.plan_key is not null"
                        + " group by p.plan_key order by p.plan_key");
        assertThat(latest)
                .extracting(row -> row.get("plan_key"))
                .containsExactly("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");
        assertThat(latest)
                .allSatisfy(
                        row -> assertThat(((Number) row.get("open")).intValue()).isEqualTo(1));
        Map<String, Object> yuebei = latest.get(0);
        assertThat(((Number) yuebei.get("periods")).intValue()).isEqualTo(5); // 2018–2022
    }

    @Test
    void sampleReportsAreMarkedAndCoverEveryStatus() {
        List<String> statuses = jdbc.queryForList(
                "select distinct r.status from report r join reporting_period p on p.id = r.period_id"
                        + " join plan pl on pl.id = p.plan_id where pl.plan_key is not null",
                String.class);
        assertThat(statuses).contains("APPROVED", "SUBMITTED", "RETURNED", "DRAFT");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report where achievements not like '【示例数据】%'"
                                + " and period_id in (select r.id from reporting_period r join plan p on p.id = r.plan_id"
                                + " where p.plan_key is not null)",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from report_value", Long.class))
                .isPositive();
    }

    @Test
    void theDemoReporterAndReviewerHaveSampleWorkToSee() {
        SignedInUser reporter = (SignedInUser) users.loadUserByUsername("reporter");
        List<ReportViews.Assignment> assignments = pages.assignments(reporter);
        assertThat(assignments).anySatisfy(a -> {
            assertThat(a.planTitle()).contains("包头医学院第一附属医院");
            assertThat(a.period().year()).isEqualTo(2025);
            assertThat(a.period().acceptingReports()).isTrue();
        });
        ReportViews.Assignment approved = assignments.stream()
                .filter(a -> a.status() == ReportStatus.APPROVED)
                .findFirst()
                .orElseThrow();
        ReportViews.ReportPage page = pages.page(approved.reportId(), reporter, Locale.CHINA);
        assertThat(page.values()).isNotEmpty();
        assertThat(page.achievements()).startsWith("【示例数据】");
    }
}
