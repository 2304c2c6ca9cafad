package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.project.FundingSource;
import com.hospitalplan.project.Measure;
import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectKind;
import com.hospitalplan.project.ProjectService;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.HttpSession;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The construction projects on the plan, region and institution dashboards, over real HTTP: each user sees the
 * projects of exactly the institutions whose figures the dashboards show them, only approved progress counts unless
 * pending values are asked for, projects behind schedule come first, and the 项目进度月报 downloads with the same rows.
 */
@ServerTest
class ProjectDashboardsTest {

    @LocalServerPort
    int port;

    @Autowired
    CountyPlans countyPlans;

    @Autowired
    ProjectService projects;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportDecisions decisions;

    private final int year = ScratchPlans.reportedYear();
    private CountyPlans.Plan plan;
    private Long clinic;
    private Long ward;

    private Long stage(String name) {
        return projects.stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private Long project(String name, long hospitalId, List<ProjectCommands.Funding> funding) {
        SignedInUser planner = plan.planner();
        Long id = projects.create(
                plan.planId(),
                new ProjectCommands.SaveProject(name, ProjectKind.NEW_BUILD, hospitalId, null, null, null, List.of()),
                planner);
        projects.specify(
                id,
                projects.detail(id, planner).version(),
                List.of(new ProjectCommands.Figure(Measure.BEDS, null, "张", new BigDecimal("300"), null)),
                planner);
        projects.fund(id, projects.detail(id, planner).version(), funding, planner);
        return id;
    }

    /** The hospital's report of the period with the project's progress, submitted and, if asked, approved. */
    private void report(
            Long periodId, long hospitalId, Long projectId, String investment, String funds, boolean approve) {
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, hospitalId);
        Long reportId = drafting.startReport(periodId, reporter);
        Map<Long, ReportInput.Value> values =
                Map.of(plan.indicatorIds().get(0), new ReportInput.Value(new BigDecimal("40"), null, null, "说明"));
        drafting.saveAndSubmit(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(values, Map.of(), Map.of(), "成效", null, null),
                Map.of(
                        "pp-" + projectId + "-investment",
                        investment,
                        "pp-" + projectId + "-funds",
                        funds,
                        "pp-" + projectId + "-percent",
                        "40",
                        "pp-" + projectId + "-stage",
                        String.valueOf(stage("开工")),
                        "pp-" + projectId + "-problems",
                        "征地拆迁滞后"),
                reporter);
        if (approve) {
            SignedInUser reviewer = plan.county().reviewer();
            decisions.approve(
                    reportId, pages.page(reportId, reviewer, Locale.CHINA).version(), reviewer);
        }
    }

    @BeforeEach
    void twoHospitalsWithAProjectEach() {
        plan = countyPlans.plan(countyPlans.county(2), 1);
        SignedInUser planner = plan.planner();
        long first = plan.county().hospitalIds().get(0);
        long second = plan.county().hospitalIds().get(1);
        clinic = project(
                "门诊医技综合楼",
                first,
                List.of(
                        new ProjectCommands.Funding(FundingSource.CENTRAL_BUDGET, year, new BigDecimal("4000"), null),
                        new ProjectCommands.Funding(FundingSource.SELF_RAISED, null, new BigDecimal("4000"), null)));
        projects.planStage(clinic, stage("开工"), (year - 1) + "年6月", null, planner);
        projects.planStage(clinic, stage("开工"), year + "年3月", "施工许可延后", planner);
        projects.reachStage(clinic, stage("开工"), year + "年4月", planner);
        projects.planStage(clinic, stage("投入使用"), (year + 3) + "年6月", null, planner);
        ward = project(
                "住院病房楼",
                second,
                List.of(new ProjectCommands.Funding(FundingSource.LOCAL_FISCAL, null, new BigDecimal("1000"), null)));
        projects.planStage(ward, stage("开工"), "2020年", null, planner);

        Long periodId = countyPlans.openPeriod(plan);
        report(periodId, first, clinic, "2000", "3000", true);
        report(periodId, second, ward, "500", "500", false);
    }

    private HttpSession signedIn(String username) {
        HttpSession session = new HttpSession(port);
        session.signIn(username, TestAccounts.PASSWORD);
        return session;
    }

    private String row(String page, Long projectId) {
        int from = page.indexOf("id=\"dashboard-project-" + projectId + "\"");
        assertThat(from).as("row of project " + projectId).isPositive();
        return page.substring(from, page.indexOf("</tr>", from));
    }

    @Test
    void thePlanDashboardListsTheProjectsBehindScheduleFirstWithSlipAndApprovedInvestmentOnly() {
        HttpSession planner = signedIn(plan.planner().getUsername());
        String page = planner.get("/plans/" + plan.planId() + "/dashboard").body();

        assertThat(page).contains("建设项目进度", "共 2 个项目，其中 1 个进度滞后");
        assertThat(page.indexOf("dashboard-project-" + ward)).isLessThan(page.indexOf("dashboard-project-" + clinic));
        long days = ChronoUnit.DAYS.between(LocalDate.of(year - 1, 6, 30), LocalDate.of(year, 3, 31));
        String clinicRow = row(page, clinic);
        assertThat(clinicRow)
                .contains("推迟 " + days + " 天 · 调整 1 次", "2,000", "25.0%", "50.0%", "37.5%", "40%", "开工", "推算")
                .doesNotContain("进度滞后");
        String wardRow = row(page, ward);
        assertThat(wardRow).contains("进度滞后", "未开始").doesNotContain("50.0%").doesNotContain("待审核");

        String withPending = planner.get("/plans/" + plan.planId() + "/dashboard?basis=pending")
                .body();
        assertThat(row(withPending, ward)).contains("50.0%", "待审核", "开工");
    }

    @Test
    void aHospitalSeesOnlyItsOwnProjectsAndTheBureauItsRegions() {
        String firstReporter = accounts.accountOf(
                Role.VIEWER.name(), plan.county().hospitalIds().get(0));
        String page = signedIn(firstReporter)
                .get("/plans/" + plan.planId() + "/dashboard")
                .body();
        assertThat(page).contains("门诊医技综合楼").doesNotContain("住院病房楼");
        String secondReporter = accounts.accountOf(
                Role.VIEWER.name(), plan.county().hospitalIds().get(1));
        HttpSession second = signedIn(secondReporter);
        assertThat(second.get("/plans/" + plan.planId() + "/dashboard").body())
                .contains("住院病房楼")
                .doesNotContain("门诊医技综合楼");
        assertThat(second.get("/dashboards/institutions/"
                                + plan.county().hospitalIds().get(1))
                        .body())
                .contains("住院病房楼")
                .doesNotContain("门诊医技综合楼");
        assertThat(second.get("/dashboards/institutions/"
                                + plan.county().hospitalIds().get(0))
                        .statusCode())
                .isEqualTo(404);

        String countyCode = plan.county().area().countyCode();
        String region = signedIn(plan.county().reviewer().getUsername())
                .get("/dashboards/regions/" + countyCode + "?plan=" + plan.planId())
                .body();
        assertThat(region).contains("门诊医技综合楼", "住院病房楼", "各县（市、区）项目所处阶段");
        String counts = region.substring(region.indexOf("data-county=\"" + countyCode + "\""));
        counts = counts.substring(0, counts.indexOf("</tr>"));
        assertThat(counts).contains(plan.county().area().countyName());
        List<String> cells = java.util.regex.Pattern.compile("<td class=\"text-end\">(\\d+)</td>")
                .matcher(counts)
                .results()
                .map(m -> m.group(1))
                .toList();
        List<String> stages =
                projects.stages().stream().map(ProjectService.StageChoice::name).toList();
        assertThat(cells).as("one count per stage, not started, total").hasSize(stages.size() + 2);
        assertThat(cells.get(stages.indexOf("开工"))).isEqualTo("1");
        assertThat(cells.get(stages.size())).as("not started").isEqualTo("1");
        assertThat(cells.get(stages.size() + 1)).as("total").isEqualTo("2");

        String otherBureau = accounts.accountOf(Role.REVIEWER.name(), countyPlans.otherBureau());
        HttpSession other = signedIn(otherBureau);
        assertThat(other.get("/dashboards/regions/" + countyCode).statusCode()).isEqualTo(404);
        assertThat(other.get("/plans/" + plan.planId() + "/dashboard/projects/export.xlsx")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theProgressReportDownloadsInTheColumnsOfTheMonthlyReport() throws Exception {
        HttpResponse<byte[]> download = signedIn(plan.planner().getUsername())
                .download("/plans/" + plan.planId() + "/dashboard/projects/export.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        String disposition = URLDecoder.decode(
                download.headers().firstValue("Content-Disposition").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(disposition).contains("项目进度月报", ".xlsx");
        List<List<String>> rows = rows(download.body());
        assertThat(rows.get(0))
                .containsExactly(
                        "项目名称",
                        "建设单位",
                        "建设性质",
                        "建设规模",
                        "总投资（万元）",
                        "本年计划投资（" + year + "年，万元）",
                        "本期完成投资（万元）",
                        "累计完成投资（万元）",
                        "投资完成率（%）",
                        "资金到位率（%）",
                        "形象进度（%）",
                        "当前阶段",
                        "计划投用时间",
                        "存在问题");
        assertThat(rows.get(1).get(0)).isEqualTo("住院病房楼");
        assertThat(rows.get(2))
                .containsExactly(
                        "门诊医技综合楼",
                        plan.county().hospitalNames().get(0),
                        "新建",
                        "床位 300张",
                        "8000",
                        "4000",
                        "2000",
                        "2000",
                        "25",
                        "37.5",
                        "40",
                        "开工",
                        (year + 3) + "年6月",
                        "征地拆迁滞后");

        String hospital = accounts.accountOf(
                Role.VIEWER.name(), plan.county().hospitalIds().get(0));
        HttpResponse<byte[]> own = signedIn(hospital)
                .download("/dashboards/regions/" + plan.county().area().countyCode() + "/projects/export.xlsx?plan="
                        + plan.planId());
        assertThat(own.statusCode()).isEqualTo(404);
        HttpResponse<byte[]> region = signedIn(plan.county().reviewer().getUsername())
                .download("/dashboards/regions/" + plan.county().area().countyCode() + "/projects/export.xlsx?plan="
                        + plan.planId());
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(rows(region.body())).hasSize(3);
    }

    @Test
    void theProjectPageDrawsThePlannedAgainstActualTimelineBesideTheStageTable() {
        String page = signedIn(plan.planner().getUsername())
                .get("/projects/" + clinic)
                .body();
        assertThat(page)
                .contains("id=\"project-timeline\"", "&quot;type&quot;:&quot;timeline&quot;", "id=\"stages-table\"");
        assertThat(page).contains("&quot;slips&quot;:[[0,");
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 14; i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
