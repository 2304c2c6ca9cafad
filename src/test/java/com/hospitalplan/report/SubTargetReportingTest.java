package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Status;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A milestone's sub-target (引进博士 1-2人) is reported on the report form and through the API, kept in the history,
 * judged like an indicator, and shown on the plan dashboard once approved.
 */
@IntegrationTest
class SubTargetReportingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportPages pages;

    @Autowired
    ApiTokenService tokens;

    @Test
    void aReporterEntersASubTargetValueAndOnceApprovedThePlanDashboardShowsItMet() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = reporter(plan);
        Long reportId = drafting.startReport(openPeriod(plan), reporter);
        String field = "subTargetValues[" + plan.milestoneId() + "-0]";

        String form = page(get("/reports/{id}", reportId).with(user(reporter)));
        assertThat(form)
                .contains("sub-target-" + plan.milestoneId() + "-0", "引进博士：1-2人", "name=\"" + field + "\"")
                .contains("理解为：到2022年");

        String bad = page(report(reportId, reporter, "save").param(field, "两"));
        assertThat(bad).contains("请填写数字", "value=\"两\"");

        String offTrack = page(report(reportId, reporter, "submit")
                .param(field, "0")
                .param("values[" + plan.indicatorId() + "]", "36")
                .param("milestoneStatus[" + plan.milestoneId() + "]", "DONE")
                .param("spent[" + plan.budgetLineId() + "]", "100"));
        assertThat(offTrack).contains("报告尚未完整", "有子目标落后于目标进度", "明显滞后");
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.DRAFT);

        mvc.perform(report(reportId, reporter, "save").param(field, "2")).andExpect(status().is3xxRedirection());
        ReportViews.SubTargetRow saved = pages.page(reportId, reporter, Locale.CHINA)
                .milestones()
                .get(0)
                .subTargets()
                .get(0);
        assertThat(saved.numberValue()).isEqualByComparingTo("2");
        assertThat(saved.status()).isEqualTo(Status.ACHIEVED);
        String draft = page(get("/reports/{id}", reportId).with(user(reporter)));
        assertThat(draft).contains("value=\"2\"", "已达成", "填报子目标：引进人才 · 引进博士");

        mvc.perform(report(reportId, reporter, "submit")
                        .param(field, "2")
                        .param("values[" + plan.indicatorId() + "]", "36")
                        .param("milestoneStatus[" + plan.milestoneId() + "]", "DONE")
                        .param("spent[" + plan.budgetLineId() + "]", "100"))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);

        SignedInUser reviewer = accounts.reviewerOver(plan.hospitalId());
        String official = page(get("/plans/{id}/dashboard", plan.planId()).with(user(reviewer)));
        assertThat(row(official, plan)).contains("引进博士：1-2人", "<td>—</td>", "暂无数据");

        mvc.perform(post("/reports/{id}/approve", reportId)
                        .with(user(reviewer))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(pages.page(reportId, reviewer, Locale.CHINA)
                                        .version())))
                .andExpect(status().is3xxRedirection());
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).status()).isEqualTo(ReportStatus.APPROVED);

        String dashboard =
                page(get("/plans/{id}/dashboard", plan.planId()).with(user(accounts.as(plan.plannerUsername()))));
        assertThat(row(dashboard, plan)).contains("引进博士：1-2人", "<td>2人</td>", "已达成");
        assertThat(dashboard).contains("子目标达成", "1 / 1");

        byte[] export = mvc.perform(get("/plans/{id}/dashboard/export.xlsx", plan.planId())
                        .with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Row exported = book.getSheet("任务子目标").getRow(1);
            assertThat(exported.getCell(2).getStringCellValue()).isEqualTo("引进博士：1-2人");
            // the number as a number, its unit in a column of its own (never "2人" as text)
            assertThat(exported.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(exported.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(exported.getCell(4).getStringCellValue()).isEqualTo("人");
            assertThat(exported.getCell(5).getStringCellValue()).isEqualTo("已达成");
        }
    }

    @Test
    void theApiCarriesSubTargetValuesAndTheirVerdicts() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser reporter = reporter(plan);
        Long reportId = drafting.startReport(openPeriod(plan), reporter);
        String token = "Bearer " + tokens.create(accounts.idOf(reporter.getUsername()), "HIS");
        long version = pages.page(reportId, reporter, Locale.CHINA).version();
        String body = "{\"milestones\":{\"" + plan.milestoneId()
                + "\":{\"status\":\"IN_PROGRESS\",\"percentDone\":50,\"subTargets\":{\"0\":{\"number\":0}}}}}";

        mvc.perform(put("/api/v1/reports/{id}", reportId)
                        .param("version", String.valueOf(version))
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].subTargets[0].label").value("引进博士"))
                .andExpect(jsonPath("$.milestones[0].subTargets[0].numberValue").value(0));

        mvc.perform(get("/api/v1/reports/{id}", reportId).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].subTargets[0].targetText").value("1-2人"))
                .andExpect(jsonPath("$.milestones[0].subTargets[0].valueKind").value("NUMBER"))
                .andExpect(jsonPath("$.milestones[0].subTargets[0].numberValue").value(0))
                // due in 2022 and reported as none at the end of a later year: missed
                .andExpect(jsonPath("$.milestones[0].subTargets[0].status").value("OFF_TRACK"));

        // an off-track sub-target is explained in the milestone's remark before the report is submitted
        mvc.perform(put("/api/v1/reports/{id}", reportId)
                        .param("version", String.valueOf(version(reportId, reporter)))
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"values\":{\"" + plan.indicatorId() + "\":{\"number\":36}}}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/reports/{id}/submit", reportId)
                        .param("version", String.valueOf(version(reportId, reporter)))
                        .header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].field").value("remark-" + plan.milestoneId()))
                .andExpect(jsonPath("$.problems[0].message").value("有子目标落后于目标进度，请在本任务的“说明”中说明原因。"));

        // a save that leaves the sub-targets out keeps their values
        mvc.perform(put("/api/v1/reports/{id}", reportId)
                        .param("version", String.valueOf(version(reportId, reporter)))
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"milestones\":{\"" + plan.milestoneId()
                                + "\":{\"status\":\"DONE\",\"remark\":\"博士未到岗\"}}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].subTargets[0].numberValue").value(0));
        mvc.perform(post("/api/v1/reports/{id}/submit", reportId)
                        .param("version", String.valueOf(version(reportId, reporter)))
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    /** The plan dashboard's row of the milestone's first sub-target. */
    private static String row(String dashboard, ScratchPlans.Ids plan) {
        String row = dashboard.substring(dashboard.indexOf("id=\"sub-target-" + plan.milestoneId() + "-0\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private long version(Long reportId, SignedInUser reporter) {
        return pages.page(reportId, reporter, Locale.CHINA).version();
    }

    private SignedInUser reporter(ScratchPlans.Ids plan) {
        return accounts.as(accounts.accountOf("REPORTER", plan.hospitalId()));
    }

    /** A yearly period of last year, open now: the plan runs 2021–2025, the milestone is due in 2022. */
    private Long openPeriod(ScratchPlans.Ids plan) {
        SignedInUser planner = accounts.as(plan.plannerUsername());
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(1), today.plusDays(10), 0),
                planner);
        return periods.periods(plan.planId(), planner).get(0).id();
    }

    private MockHttpServletRequestBuilder report(Long reportId, SignedInUser reporter, String action) {
        return post("/reports/{id}", reportId)
                .with(user(reporter))
                .with(csrf())
                .param("action", action)
                .param(
                        "version",
                        String.valueOf(
                                pages.page(reportId, reporter, Locale.CHINA).version()));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
