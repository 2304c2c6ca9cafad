package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Who may export, download the template and import, checked with the real security chain and real plans. */
@IntegrationTest
class PlanWorkbookSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    private WorkbookImports imports;
    private ScratchPlans.Ids plan;
    private SignedInUser planner;
    private byte[] workbook;

    @BeforeEach
    void drive() throws Exception {
        imports = new WorkbookImports(mvc, jdbc);
        plan = scratchPlans.publishedPlan();
        planner = accounts.as(plan.plannerUsername());
        workbook = imports.export(plan.planId(), planner);
    }

    private MockMultipartFile file() {
        return new MockMultipartFile("file", "plan.xlsx", WorkbookImports.XLSX, workbook);
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aReporterReadsAndExportsButNeverImports() throws Exception {
        Map<String, Long> before = imports.rowCounts();
        var reporter = user(accounts.signedIn(Role.REPORTER, plan.hospitalId()));

        assertThat(status(get("/plans/{id}/workbook.xlsx", plan.planId()).with(reporter)))
                .isEqualTo(200);
        assertThat(status(get("/plans/workbook-template.xlsx").with(reporter))).isEqualTo(403);
        assertThat(status(get("/plans/import").with(reporter))).isEqualTo(403);
        assertThat(status(multipart("/plans/import").file(file()).with(reporter).with(csrf())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void aPlannerOfAnotherOrganisationCannotExportAPlanTheyMayNotRead() throws Exception {
        assertThat(status(get("/plans/{id}/workbook.xlsx", plan.planId()).with(user(accounts.signedIn(Role.PLANNER)))))
                .isEqualTo(404);
    }

    @Test
    void onlyTheOwnersPlannersReplaceADraft() throws Exception {
        Long draft = plans.create(
                new PlanCommands.SavePlan(
                        "测试草稿 " + System.nanoTime(),
                        "测试医院",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("依据", null)),
                        null,
                        List.of(),
                        List.of()),
                planner);
        Map<String, Long> before = imports.rowCounts();

        // another organisation's planner may not even see the draft; the owner's reporter sees it but may not change it
        assertThat(status(multipart("/plans/{id}/import", draft)
                        .file(file())
                        .with(user(accounts.signedIn(Role.PLANNER)))
                        .with(csrf())))
                .isEqualTo(404);
        assertThat(status(multipart("/plans/{id}/import", draft)
                        .file(file())
                        .with(user(accounts.signedIn(Role.REPORTER, plan.hospitalId())))
                        .with(csrf())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void uploadsAndConfirmationsWithoutAValidCsrfTokenAreRefused() throws Exception {
        Map<String, Long> before = imports.rowCounts();
        var signedIn = user(planner);

        // a forged token is forbidden; a missing one (usually an expired session) leads back to sign-in
        assertThat(status(multipart("/plans/import").file(file()).with(signedIn).with(csrf().useInvalidToken())))
                .isEqualTo(403);
        var missing = mvc.perform(multipart("/plans/import").file(file()).with(signedIn))
                .andReturn()
                .getResponse();
        assertThat(missing.getRedirectedUrl()).isEqualTo("/login?expired");
        WorkbookImports.Upload upload = imports.upload(workbook, planner, null);
        assertThat(upload.accepted()).isTrue();
        assertThat(status(
                        post("/plans/import/{t}", upload.token()).with(signedIn).with(csrf().useInvalidToken())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }
}
