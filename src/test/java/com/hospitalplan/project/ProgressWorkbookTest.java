package com.hospitalplan.project;

import static com.hospitalplan.support.ScratchProjects.funding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ScratchProjects;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A unit's project progress workbook, round trip: the template lists the unit's projects with locked identifying
 * columns and a stage drop-down; filled in with POI, uploaded, previewed (nothing saved), confirmed into the unit's
 * report through the report's save (history, rules); the export read back changes nothing. Bad cells are refused with
 * their sheet, row, column and message; a closed period and another unit's projects are refused.
 */
@IntegrationTest
class ProgressWorkbookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    ScratchProjects scratchProjects;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ProjectProgressRepository progress;

    /** A project of the institution with 8000 万元 planned. */
    private Long projectOf(ScratchPlans.Ids plan, String name, Long institutionId) {
        return scratchProjects.fundedProject(plan, name, institutionId, funding(FundingSource.LOCAL_FISCAL, "8000"));
    }

    @Test
    void templateFilledUploadedPreviewedAndConfirmedLandsInTheReportAndTheExportReadsBackUnchanged() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long outpatient = projectOf(plan, "门诊综合楼", plan.hospitalId());
        Long wards = projectOf(plan, "住院楼改造", plan.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long periodId = scratchPlans.openYear(plan, ScratchPlans.reportedYear());

        byte[] template = download("/periods/{id}/project-progress/template.xlsx", periodId, reporter);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheet("项目进度");
            assertThat(sheet.getProtect())
                    .as("identifying columns are read-only")
                    .isTrue();
            Row first = sheet.getRow(1);
            assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(outpatient);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("门诊综合楼");
            assertThat(first.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(8000.0);
            assertThat((long) sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(wards);
            assertThat(sheet.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .contains("阶段"));
            assertThat(workbook.getSheet("阶段").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("开工");
            first.getCell(5).setCellValue(3000);
            first.getCell(6).setCellValue(4000.5);
            first.getCell(7).setCellValue(120); // above 100 %: flagged, not refused
            first.getCell(8).setCellValue("开工");
            first.getCell(9).setCellValue("征地拆迁滞后");
            filled = bytes(workbook); // the second project's row is left blank
        }

        String token = upload(periodId, filled, reporter);
        String preview = page("/periods/{p}/project-progress/workbook/" + token, periodId, reporter);
        assertThat(preview)
                .contains("id=\"workbook-changes\"", "门诊综合楼", "3000", "4000.5", "120", "开工", "征地拆迁滞后")
                .contains("id=\"workbook-warnings\"", "形象进度超过100%")
                .contains("id=\"workbook-confirm\"")
                .doesNotContain("住院楼改造");
        assertThat(progress.findByProjectId(outpatient))
                .as("nothing saved before confirming")
                .isEmpty();

        MvcResult confirmed = mvc.perform(post("/periods/{p}/project-progress/workbook/{t}", periodId, token)
                        .with(user(reporter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Long reportId =
                Long.valueOf(confirmed.getResponse().getRedirectedUrl().replaceAll("^/reports/(\\d+).*$", "$1"));
        ProjectProgress.ProgressFigures saved = progress.findByProjectIdAndReportId(outpatient, reportId)
                .orElseThrow()
                .figures();
        assertThat(saved.investment()).isEqualByComparingTo("3000");
        assertThat(saved.funds()).isEqualByComparingTo("4000.5");
        assertThat(saved.worksPercent()).isEqualByComparingTo("120");
        assertThat(saved.problems()).isEqualTo("征地拆迁滞后");
        assertThat(progress.findByProjectId(wards))
                .as("a blank row changes nothing")
                .isEmpty();
        var report = pages.page(reportId, reporter, Locale.CHINA);
        assertThat(report.history())
                .as("written through the report's save, with its history")
                .anySatisfy(h -> assertThat(h.item()).contains("门诊综合楼"));
        String form = page("/reports/" + reportId, null, reporter);
        assertThat(form).contains("works-over-full", "形象进度超过100%");

        // confirming again writes nothing twice
        mvc.perform(post("/periods/{p}/project-progress/workbook/{t}", periodId, token)
                        .with(user(reporter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(reportId, reporter, Locale.CHINA).version()).isEqualTo(report.version());

        byte[] export = download("/periods/{id}/project-progress/export.xlsx", periodId, reporter);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Row first = workbook.getSheet("项目进度").getRow(1);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(3000.0);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("开工");
        }
        String again = page(
                "/periods/{p}/project-progress/workbook/" + upload(periodId, export, reporter), periodId, reporter);
        assertThat(again).contains("id=\"no-changes\"").doesNotContain("id=\"workbook-problems\"");
    }

    @Test
    void badCellsAreListedWithTheirPlaceAndMessageInTheUsersLanguageAndNothingIsSaved() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long outpatient = projectOf(plan, "门诊综合楼", plan.hospitalId());
        ScratchPlans.Ids other = scratchPlans.publishedPlan();
        Long othersProject = projectOf(other, "别院新区", other.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long periodId = scratchPlans.openYear(plan, ScratchPlans.reportedYear());

        byte[] template = download("/periods/{id}/project-progress/template.xlsx", periodId, reporter);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("项目进度");
            sheet.protectSheet(null);
            Row first = sheet.getRow(1);
            first.getCell(5).setCellValue("三千");
            first.getCell(6).setCellValue(-5);
            first.getCell(8).setCellValue("拆迁");
            Row stranger = sheet.createRow(2);
            stranger.createCell(0).setCellValue(othersProject);
            stranger.createCell(5).setCellValue(100);
            filled = bytes(workbook);
        }
        String token = upload(periodId, filled, reporter);
        String chinese = page("/periods/{p}/project-progress/workbook/" + token, periodId, reporter);
        assertThat(chinese)
                .contains("id=\"workbook-problems\"", "请填写数字", "不能小于0", "“拆迁”不是建设阶段列表中的阶段")
                .contains("编号“" + othersProject + "”不是本单位本期填报的建设项目")
                .contains("<td>F</td>", "<td>G</td>", "<td>I</td>", "<td>A</td>")
                .doesNotContain("id=\"workbook-confirm\"");
        String english = mvc.perform(get("/periods/{p}/project-progress/workbook/" + token, periodId)
                        .with(user(reporter))
                        .cookie(new jakarta.servlet.http.Cookie("lang", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Enter a number.", "Must not be below 0.");
        mvc.perform(post("/periods/{p}/project-progress/workbook/{t}", periodId, token)
                        .with(user(reporter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(progress.findByProjectId(outpatient)).isEmpty();
        assertThat(progress.findByProjectId(othersProject)).isEmpty();
    }

    @Test
    void aClosedPeriodIsRefusedAndOnlyTheUnitsReporterGetsTheWorkbook() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long outpatient = projectOf(plan, "门诊综合楼", plan.hospitalId());
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long periodId = scratchPlans.openYear(plan, ScratchPlans.reportedYear());
        byte[] template = download("/periods/{id}/project-progress/template.xlsx", periodId, reporter);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheet("项目进度").getRow(1).getCell(5).setCellValue(100);
            filled = bytes(workbook);
        }
        String token = upload(periodId, filled, reporter);
        periods.closePeriod(periodId, accounts.as(plan.plannerUsername()));

        assertThat(page("/periods/{p}/project-progress/workbook/" + token, periodId, reporter))
                .contains("填报周期已截止")
                .doesNotContain("id=\"workbook-confirm\"");
        mvc.perform(post("/periods/{p}/project-progress/workbook/{t}", periodId, token)
                        .with(user(reporter))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(progress.findByProjectId(outpatient)).isEmpty();

        // a reviewer fills no reports, a reporter of another hospital does not read the plan
        mvc.perform(get("/periods/{id}/project-progress/template.xlsx", periodId)
                        .with(user(accounts.reviewerOver(plan.hospitalId()))))
                .andExpect(status().isNotFound());
        ScratchPlans.Ids other = scratchPlans.publishedPlan();
        SignedInUser stranger = accounts.signedIn(Role.REPORTER, other.hospitalId());
        mvc.perform(get("/periods/{id}/project-progress/export.xlsx", periodId).with(user(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/periods/{p}/project-progress/workbook/" + token, periodId)
                        .with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(ReportDrafting.NOT_STARTED).isNegative();
    }

    private byte[] download(String path, Long periodId, SignedInUser user) throws Exception {
        return mvc.perform(get(path, periodId).with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String upload(Long periodId, byte[] content, SignedInUser user) throws Exception {
        MvcResult result = mvc.perform(multipart("/periods/{p}/project-progress/workbook", periodId)
                        .file(new MockMultipartFile("file", "进度.xlsx", "application/octet-stream", content))
                        .with(user(user))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String page(String path, Long periodId, SignedInUser user) throws Exception {
        var request = periodId == null ? get(path) : get(path, periodId);
        return mvc.perform(request.with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
