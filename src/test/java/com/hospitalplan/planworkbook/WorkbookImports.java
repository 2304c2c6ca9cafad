package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Drives the workbook pages through MockMvc as a signed-in user would: download, upload, preview, confirm. */
final class WorkbookImports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What an upload gave: the preview's token, or the page that refused the file. */
    record Upload(String token, String page) {

        boolean accepted() {
            return token != null;
        }
    }

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    WorkbookImports(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    byte[] export(long planId, SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/plans/{id}/workbook.xlsx", planId).with(user(user)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("export of plan " + planId).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(XLSX);
        return response.getContentAsByteArray();
    }

    /** Uploads to {@code /plans/import} (a new plan) or {@code /plans/{id}/import} (a draft's new content). */
    Upload upload(byte[] content, SignedInUser user, Long draftId) throws Exception {
        String path = draftId == null ? "/plans/import" : "/plans/" + draftId + "/import";
        MockHttpServletResponse response = mvc.perform(multipart(path)
                        .file(new MockMultipartFile("file", "规划.xlsx", XLSX, content))
                        .with(user(user))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        if (response.getStatus() == 302
                && String.valueOf(response.getRedirectedUrl()).startsWith("/plans/import/")) {
            return new Upload(response.getRedirectedUrl().substring("/plans/import/".length()), null);
        }
        assertThat(response.getStatus()).as("refused upload").isEqualTo(200);
        return new Upload(null, response.getContentAsString(StandardCharsets.UTF_8));
    }

    String preview(String token, SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/plans/import/{t}", token).with(user(user)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("preview").isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** Confirms; returns where it led ("/plans/42" once imported). */
    String confirm(String token, SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post("/plans/import/{t}", token).with(user(user)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("confirmation").isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** Uploads, checks the preview has no error and confirms; returns the plan's id. */
    long importPlan(byte[] content, SignedInUser user) throws Exception {
        Upload upload = upload(content, user, null);
        assertThat(upload.page()).as("refusal").isNull();
        String preview = preview(upload.token(), user);
        assertThat(preview).as("preview of an importable workbook").contains("id=\"confirm-import\"");
        String target = confirm(upload.token(), user);
        assertThat(target).matches("/plans/\\d+");
        return Long.parseLong(target.substring("/plans/".length()));
    }

    /** Rows of every plan table, to show that a refused or unconfirmed import saved nothing. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : new String[] {
            "plan",
            "plan_basis_document",
            "plan_coverage",
            "goal",
            "responsibility",
            "milestone",
            "milestone_sub_target",
            "indicator",
            "indicator_yearly_target",
            "budget_line",
            "budget_stated_total"
        }) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
