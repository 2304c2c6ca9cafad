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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Who may export, download the template and import, checked with the real security chain and real plans. */
@IntegrationTest
class PlanWorkbookSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    private WorkbookImports imports;
    private byte[] workbook;

    @BeforeEach
    void drive() throws Exception {
        imports = new WorkbookImports(mvc, users, jdbc);
        workbook = imports.export(imports.demoPlan("001-baotou"), "planner3");
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
        var reporter = user(imports.as("reporter"));

        assertThat(status(get("/plans/{id}/workbook.xlsx", imports.demoPlan("001-baotou"))
                        .with(reporter)))
                .isEqualTo(200);
        assertThat(status(get("/plans/workbook-template.xlsx").with(reporter))).isEqualTo(403);
        assertThat(status(get("/plans/import").with(reporter))).isEqualTo(403);
        assertThat(status(multipart("/plans/import").file(file()).with(reporter).with(csrf())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void aPlannerOfAnotherOrganisationCannotExportAPlanTheyMayNotRead() throws Exception {
        assertThat(status(get("/plans/{id}/workbook.xlsx", imports.demoPlan("001-baotou"))
                        .with(user(imports.as("planner2")))))
                .isEqualTo(404);
    }

    @Test
    void onlyTheOwnersPlannersReplaceADraft() throws Exception {
        Long draft = plans.create(
                new PlanCommands.SavePlan(
                        "包头草稿 " + System.nanoTime(),
                        "包头医学院第一附属医院",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("依据", null)),
                        null,
                        List.of(),
                        List.of()),
                imports.as("planner3"));
        Map<String, Long> before = imports.rowCounts();

        // 粤北's planner may not even see the draft; Baotou's reporter sees it but may not change it
        assertThat(status(multipart("/plans/{id}/import", draft)
                        .file(file())
                        .with(user(imports.as("planner")))
                        .with(csrf())))
                .isEqualTo(404);
        assertThat(status(multipart("/plans/{id}/import", draft)
                        .file(file())
                        .with(user(imports.as("reporter")))
                        .with(csrf())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }

    @Test
    void uploadsAndConfirmationsWithoutAValidCsrfTokenAreRefused() throws Exception {
        Map<String, Long> before = imports.rowCounts();
        var planner = user(imports.as("planner3"));

        // a forged token is forbidden; a missing one (usually an expired session) leads back to sign-in
        assertThat(status(multipart("/plans/import").file(file()).with(planner).with(csrf().useInvalidToken())))
                .isEqualTo(403);
        var missing = mvc.perform(multipart("/plans/import").file(file()).with(planner))
                .andReturn()
                .getResponse();
        assertThat(missing.getRedirectedUrl()).isEqualTo("/login?expired");
        WorkbookImports.Upload upload = imports.upload(workbook, "planner3", null);
        assertThat(status(
                        post("/plans/import/{t}", upload.token()).with(planner).with(csrf().useInvalidToken())))
                .isEqualTo(403);
        assertThat(imports.rowCounts()).isEqualTo(before);
    }
}
