package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.ApiTokenService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A hospital information system reports through the API with a personal token; a reviewer decides. */
@IntegrationTest
class ReportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    UserDetailsService users;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSystemSavesAndSubmitsValuesAndAReviewerApprovesThem() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(1), today.plusDays(9), 0),
                (SignedInUser) users.loadUserByUsername(plan.plannerUsername()));
        String username = accounts.accountOf("REPORTER", plan.hospitalId());
        String token = "Bearer " + tokens.create(accounts.idOf(username), "HIS");

        JsonNode assignments = call(mvc.perform(get("/api/v1/assignments").header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        // pick this plan's period among the reporter's assignments
        long periodId = -1;
        for (JsonNode assignment : assignments) {
            if (assignment.path("planId").asLong() == plan.planId()) {
                periodId = assignment.path("period").path("id").asLong();
            }
        }
        assertThat(periodId).as("an assignment for the plan").isPositive();

        long reportId = call(mvc.perform(
                                post("/api/v1/periods/{id}/reports", periodId).header("Authorization", token))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("id")
                .asLong();

        long version = page(reportId, token).path("version").asLong();
        String partial = "{\"values\":{\"" + plan.indicatorId() + "\":{\"number\":36}}}";
        mvc.perform(put("/api/v1/reports/{id}", reportId)
                        .param("version", String.valueOf(version))
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content(partial))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[0].numberValue").value(36));

        version = page(reportId, token).path("version").asLong();
        mvc.perform(post("/api/v1/reports/{id}/submit", reportId)
                        .param("version", String.valueOf(version))
                        .header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value("请选择任务进展。"));

        String milestone = "{\"milestones\":{\"" + plan.milestoneId() + "\":{\"status\":\"DONE\"}}}";
        mvc.perform(put("/api/v1/reports/{id}", reportId)
                        .param("version", String.valueOf(version))
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content(milestone))
                .andExpect(status().isOk());
        version = page(reportId, token).path("version").asLong();
        mvc.perform(post("/api/v1/reports/{id}/submit", reportId)
                        .param("version", String.valueOf(version))
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        String reviewer = "Bearer "
                + tokens.create(accounts.reviewerOver(plan.hospitalId()).id(), "审核");
        String otherReporter = "Bearer "
                + tokens.create(
                        accounts.account(Role.REPORTER, organizations.hospitalIn(otherRegion()))
                                .id(),
                        "HIS");
        long submitted = page(reportId, reviewer).path("version").asLong();
        mvc.perform(post("/api/v1/reports/{id}/approve", reportId)
                        .param("version", String.valueOf(submitted))
                        .header("Authorization", reviewer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/reports/{id}/approve", reportId)
                        .param("version", String.valueOf(submitted))
                        .header("Authorization", reviewer))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(get("/api/v1/reports/{id}", reportId).header("Authorization", otherReporter))
                .andExpect(status().isNotFound());
    }

    /** A region apart from the plan's, so that its units see nothing of the plan. */
    private String otherRegion() {
        return organizations.area().countyCode();
    }

    private JsonNode page(long reportId, String token) throws Exception {
        return call(mvc.perform(get("/api/v1/reports/{id}", reportId).header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode call(String body) {
        return json.readTree(body);
    }
}
