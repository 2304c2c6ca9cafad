package com.hospitalplan.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** A reporter fills in a report offline: download pre-filled, upload, see every change or problem, confirm. */
@IntegrationTest
class ReportWorkbookTest {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    ReportPages pages;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Test
    void aReporterFillsInTheWorkbookOfflineAndConfirmsTheChanges() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        Long indicator = draft.plan().indicatorId();

        byte[] downloaded = mvc.perform(
                        get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(reporter)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded))) {
            Row row = workbook.getSheet("指标").getRow(1);
            assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(indicator);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("出院患者手术占比");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("≥35%");
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(36.0);
            assertThat(workbook.getSheet("总结").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("成效");
            Row subTarget = workbook.getSheet("子目标").getRow(1);
            assertThat(subTarget.getCell(0).getStringCellValue())
                    .isEqualTo(draft.plan().milestoneId() + "-0");
            assertThat(subTarget.getCell(2).getStringCellValue()).isEqualTo("引进博士");
            assertThat(subTarget.getCell(3).getStringCellValue()).isEqualTo("1-2人");
        }

        byte[] filled = changed(downloaded, workbook -> {
            Row value = workbook.getSheet("指标").getRow(1);
            value.getCell(8).setCellValue(41);
            value.getCell(9).setCellValue("=HYPERLINK(\"http://evil\",\"点击\")");
            Row milestone = workbook.getSheet("里程碑").getRow(1);
            milestone.getCell(3).setCellValue("推进中");
            milestone.getCell(4).setCellValue(60);
            workbook.getSheet("资金").getRow(1).getCell(3).setCellValue("150");
            workbook.getSheet("总结").getRow(2).getCell(1).setCellValue("设备到位晚");
            workbook.getSheet("子目标").getRow(1).getCell(5).setCellValue(1);
        });
        String preview = page(upload(draft.reportId(), filled).with(user(reporter)));

        assertThat(preview).contains("workbook-changes", "确认后将写入以下 7 项修改", "引进人才 · 引进博士", "设备到位晚", "=HYPERLINK");
        ReportViews.ReportPage unchanged = pages.page(draft.reportId(), reporter, Locale.CHINA);
        assertThat(unchanged.values().get(0).numberValue()).isEqualByComparingTo("36");

        MockHttpServletRequestBuilder confirm = post("/reports/{id}", draft.reportId());
        Matcher hidden = HIDDEN.matcher(preview);
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find() && !name.group(1).equals("_csrf")) {
                confirm.param(name.group(1), value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
            }
        }
        mvc.perform(confirm.with(user(reporter)).with(csrf())).andExpect(redirectedUrl("/reports/" + draft.reportId()));
        // the same confirmation again carries the version the workbook was read against: refused, nothing written twice
        long savedVersion = pages.page(draft.reportId(), reporter, Locale.CHINA).version();
        mvc.perform(confirm.with(user(reporter)).with(csrf())).andExpect(status().isConflict());
        assertThat(pages.page(draft.reportId(), reporter, Locale.CHINA).version())
                .isEqualTo(savedVersion);

        ReportViews.ReportPage saved = pages.page(draft.reportId(), reporter, Locale.CHINA);
        assertThat(saved.values().get(0).numberValue()).isEqualByComparingTo("41");
        assertThat(saved.values().get(0).explanation()).isEqualTo("=HYPERLINK(\"http://evil\",\"点击\")");
        assertThat(saved.milestones().get(0).status()).isEqualTo(MilestoneProgress.IN_PROGRESS);
        assertThat(saved.milestones().get(0).percentDone()).isEqualTo(60);
        assertThat(saved.spending().get(0).amount()).isEqualByComparingTo("150");
        assertThat(saved.milestones().get(0).subTargets().get(0).numberValue()).isEqualByComparingTo("1");
        assertThat(saved.problems()).isEqualTo("设备到位晚");
        assertThat(saved.achievements()).isEqualTo("成效");

        // the formula-like explanation goes out again as quoted text, never as a formula
        byte[] again = mvc.perform(
                        get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(reporter)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            Cell explanation = workbook.getSheet("指标").getRow(1).getCell(9);
            assertThat(explanation.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(explanation.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everyBadCellIsNamedAndNothingIsSaved() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        long version = pages.page(draft.reportId(), reporter, Locale.CHINA).version();
        byte[] downloaded = mvc.perform(
                        get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(reporter)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        byte[] bad = changed(downloaded, workbook -> {
            Sheet values = workbook.getSheet("指标");
            values.getRow(1).getCell(8).setCellValue("四十");
            Row unknown = values.createRow(2);
            unknown.createCell(0).setCellValue(999999);
            unknown.createCell(8).setCellValue(1);
            Row milestone = workbook.getSheet("里程碑").getRow(1);
            milestone.getCell(3).setCellValue("差不多");
            milestone.getCell(4).setCellFormula("50+10");
            workbook.getSheet("资金").getRow(1).getCell(3).setCellValue(-5);
        });
        String preview = page(upload(draft.reportId(), bad).with(user(reporter)));

        assertThat(preview).contains("workbook-problems", "未保存任何内容", "workbook-upload");
        assertThat(preview).doesNotContain("workbook-confirm");
        assertThat(problemRow(preview, "指标", 2, "I")).contains("请填写数字。");
        assertThat(problemRow(preview, "指标", 3, "A")).contains("编号“999999”不是本报告中的项目");
        assertThat(problemRow(preview, "里程碑", 2, "D")).contains("“差不多”不是可选的进展");
        assertThat(problemRow(preview, "里程碑", 2, "E")).contains("单元格是公式");
        assertThat(problemRow(preview, "资金", 2, "D")).contains("金额应为不小于 0 的数字。");

        ReportViews.ReportPage after = pages.page(draft.reportId(), reporter, Locale.CHINA);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.values().get(0).numberValue()).isEqualByComparingTo("36");
    }

    @Test
    void filesThatAreNoWorkbookAreRefusedWithAReason() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        SignedInUser reporter = accounts.as(draft.reporterUsername());

        assertThat(page(upload(draft.reportId(), "not a workbook at all".getBytes(StandardCharsets.UTF_8))
                        .with(user(reporter))))
                .contains("workbook-refused", "这不是 Excel 工作簿");
        assertThat(page(upload(draft.reportId(), new byte[0]).with(user(reporter))))
                .contains("workbook-refused", "请选择要上传的工作簿文件");
        byte[] english = mvc.perform(upload(draft.reportId(), new byte[] {0x50, 0x4b, 3, 4, 1, 2})
                        .with(user(reporter))
                        .locale(Locale.ENGLISH)
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(english, StandardCharsets.UTF_8)).contains("workbook-refused");
        assertThat(pages.page(draft.reportId(), reporter, Locale.CHINA)
                        .values()
                        .get(0)
                        .numberValue())
                .isEqualByComparingTo("36");
    }

    @Test
    void onlyWhoMayEditTheReportUploadsAndOnlyWhoMayReadItDownloads() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        byte[] downloaded = mvc.perform(get("/reports/{id}/workbook.xlsx", draft.reportId())
                        .with(user(accounts.as(draft.reporterUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        SignedInUser reviewer = accounts.reviewerOver(draft.plan().hospitalId());
        TestOrganizations.Tree elsewhere = organizations.tree();
        SignedInUser plannerElsewhere = accounts.signedIn(Role.PLANNER, elsewhere.hospitalId());
        SignedInUser reporterElsewhere = accounts.signedIn(Role.REPORTER, elsewhere.hospitalId());

        mvc.perform(get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(reviewer)))
                .andExpect(status().isOk());
        mvc.perform(get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(plannerElsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/workbook.xlsx", draft.reportId()).with(user(reporterElsewhere)))
                .andExpect(status().isNotFound());

        mvc.perform(upload(draft.reportId(), downloaded).with(user(reviewer)))
                .andExpect(redirectedUrl("/reports/" + draft.reportId()))
                .andExpect(flash().attribute("failure", "report.workbook.notEditable"));
        mvc.perform(upload(draft.reportId(), downloaded).with(user(reporterElsewhere)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/reports/{id}/workbook", draft.reportId())
                        .file(new MockMultipartFile("file", "r.xlsx", null, downloaded))
                        .with(user(accounts.as(draft.reporterUsername()))))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(draft.reportId(), accounts.as(draft.reporterUsername()), Locale.CHINA)
                        .values()
                        .get(0)
                        .numberValue())
                .isEqualByComparingTo("36");
    }

    private MockMultipartHttpServletRequestBuilder upload(Long reportId, byte[] content) {
        return multipart("/reports/{id}/workbook", reportId)
                .file(new MockMultipartFile("file", "报告.xlsx", null, content))
                .with(csrf());
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The problem table's row for a cell, as text. */
    private static String problemRow(String html, String sheet, int row, String column) {
        Matcher rows = Pattern.compile("<tr>\\s*<td>" + sheet + "</td>\\s*<td>" + row + "</td>\\s*<td>" + column
                        + "</td>\\s*<td>([^<]*)</td>")
                .matcher(html);
        return rows.find()
                ? HtmlUtils.htmlUnescape(rows.group(1))
                : "(no problem at " + sheet + " " + row + column + ")";
    }

    private static byte[] changed(byte[] workbook, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
