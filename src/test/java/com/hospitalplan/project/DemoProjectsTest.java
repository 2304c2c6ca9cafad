package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo data's construction projects: seed 001's new campus and seed 002's yearly projects, as the documents give
 * them, and their sample progress reported with the sample reports.
 */
@IntegrationTest
class DemoProjectsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    ProjectProgressLedger ledger;

    private Long planId(String key) {
        return jdbc.queryForObject("select id from plan where plan_key = ?", Long.class, key);
    }

    @Test
    void seed001sNewCampusHasTheDocumentsFiguresAndNoInventedAmountsOrDates() {
        SignedInUser planner3 = (SignedInUser) users.loadUserByUsername("planner3");
        List<ProjectSummary> list = projects.projectsOf(planId("001-baotou"), planner3);
        assertThat(list).singleElement().satisfies(p -> {
            assertThat(p.name()).contains("包医国际医院");
            assertThat(p.institutionName()).contains("包头医学院第一附属医院");
            assertThat(p.totalInvestment()).isNull();
            assertThat(p.investmentComplete()).isFalse();
        });
        ProjectDetail campus = projects.detail(list.get(0).id(), planner3);
        assertThat(campus.kind()).isEqualTo(ProjectKind.NEW_BUILD);
        assertThat(campus.goalId()).isNotNull();
        assertThat(campus.phases()).extracting(ProjectDetail.Phase::name).containsExactly("一期", "二期");
        assertThat(campus.specifications())
                .extracting(s -> s.measure() + "/" + s.phase() + "/"
                        + s.planned().stripTrailingZeros().toPlainString() + s.unit())
                .containsExactlyInAnyOrder(
                        "GROSS_FLOOR_AREA/null/224060㎡",
                        "BEDS/null/2000张",
                        "GROSS_FLOOR_AREA/1/12.5万㎡",
                        "BEDS/1/1000张");
        assertThat(campus.specifications())
                .allSatisfy(s -> assertThat(s.actual()).isNull());
        assertThat(campus.plannedAreaPerBed().value()).isEqualByComparingTo("112.03");
        assertThat(campus.plannedAreaPerBed().derived()).isTrue();
        assertThat(campus.stages()).allSatisfy(s -> assertThat(s.planned()).isNull());
        assertThat(campus.fundingLines())
                .extracting(ProjectCommands.Funding::source)
                .containsExactly(FundingSource.LOCAL_FISCAL, FundingSource.SELF_RAISED, FundingSource.SOCIAL_CAPITAL);
        assertThat(campus.fundingLines()).allSatisfy(f -> assertThat(f.amount()).isNull());
    }

    @Test
    void seed002sProjectsToStartAndToOpenCarryTheYearsAsWritten() {
        SignedInUser planner2 = (SignedInUser) users.loadUserByUsername("planner2");
        List<ProjectSummary> list = projects.projectsOf(planId("002-haining"), planner2);
        assertThat(list)
                .hasSize(8)
                .allSatisfy(p -> assertThat(p.institutionName()).isNotBlank());
        ProjectSummary xiashi = list.stream()
                .filter(p -> p.name().startsWith("市中医院硖石分院"))
                .findFirst()
                .orElseThrow();
        ProjectDetail detail = projects.detail(xiashi.id(), planner2);
        assertThat(detail.stages())
                .filteredOn(s -> s.planned() != null)
                .extracting(s ->
                        s.name() + " " + s.planned().text() + " " + s.planned().latest())
                .containsExactly("开工 到2023年 2023-12-31", "投入使用 到2025年 2025-12-31");
        assertThat(detail.specifications()).isEmpty();
        assertThat(detail.fundingLines()).isEmpty();
        assertThat(list.stream()
                        .filter(p -> p.name().equals("市人民医院二期项目"))
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_stage_date d join construction_project c on c.id = d.project_id"
                                + " join plan p on p.id = c.plan_id where p.plan_key = '002-haining'",
                        Long.class))
                .isEqualTo(9);
    }

    @Test
    void sampleProgressIsReportedWithTheInstitutionsSampleReportsAndMarkedAsSample() {
        assertThat(jdbc.queryForList(
                        "select pp.problems from project_progress pp join construction_project c on c.id = pp.project_id"
                                + " join plan p on p.id = c.plan_id where p.plan_key in ('001-baotou', '002-haining')"
                                + " and pp.problems like '【示例数据】%'",
                        String.class))
                .as("the sample entries, each marked 【示例数据】")
                .hasSize(13);
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_progress pp join construction_project c on c.id = pp.project_id"
                                + " join plan p on p.id = c.plan_id where p.plan_key in ('001-baotou', '002-haining')"
                                + " and (pp.works_percent > 100 or pp.investment_completed < 0 or pp.funds_arrived < 0)",
                        Long.class))
                .as("plausible sample figures")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_progress pp join report r on r.id = pp.report_id"
                                + " join construction_project c on c.id = pp.project_id"
                                + " where r.organization_id <> c.institution_id",
                        Long.class))
                .as("each reported by the project's own institution")
                .isZero();

        SignedInUser reviewer = (SignedInUser) users.loadUserByUsername("reviewer");
        Long campus = projects.projectsOf(planId("001-baotou"), reviewer).get(0).id();
        List<ProjectProgressView.PeriodRow> periods = ledger.of(campus, reviewer);
        assertThat(periods)
                .as("the approved years; the returned 2025 report is not shown")
                .extracting(row -> row.period().year())
                .containsExactly(2021, 2022, 2023, 2024);
        assertThat(periods).allSatisfy(row -> assertThat(row.pending()).isFalse());
        ProjectProgressView.PeriodRow last = periods.get(periods.size() - 1);
        assertThat(last.line().cumulativeInvestment()).isEqualByComparingTo("55000");
        assertThat(last.line().investmentRate())
                .as("the document states no amounts, so no rate")
                .isNull();
        assertThat(last.stageName()).isEqualTo("竣工验收");

        SignedInUser planner2 = (SignedInUser) users.loadUserByUsername("planner2");
        Long hospital2 = projects.projectsOf(planId("002-haining"), planner2).stream()
                .filter(p -> p.name().equals("市人民医院二期项目"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(ledger.of(hospital2, planner2))
                .extracting(row -> row.period().year() + " " + row.status())
                .containsExactly("2023 APPROVED", "2024 APPROVED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from report_history where action = 'SECTION' and item like '建设项目进度 · %'"
                                + " and new_value like '%问题：【示例数据】%'",
                        Long.class))
                .as("each sample entry in its report's history")
                .isEqualTo(13);
    }
}
