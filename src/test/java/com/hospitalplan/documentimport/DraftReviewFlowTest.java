package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 从文档导入 through the real security chain: a seed document uploaded, reviewed, confirmed as a draft plan with what
 * the extractor found; a dropped section leaves its items out; nothing is saved before confirmation; reporters are
 * refused.
 */
@IntegrationTest
class DraftReviewFlowTest {

    private static final String SEED = "003-xunwu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    private SignedInUser planner;
    private byte[] document;
    private DraftLayout layout;

    @BeforeEach
    void upload() {
        planner = accounts.signedIn(Role.PLANNER);
        document = SeedFigures.seedText(SEED).getBytes(StandardCharsets.UTF_8);
        layout = new DraftLayout(new PlanDraftExtractor().extract(new DocumentTexts().read(document)));
    }

    private String uploadAsPlanner() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/plans/document-import")
                        .file(new MockMultipartFile("file", SEED + ".txt", "text/plain", document))
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/plans/document-import/");
        return location;
    }

    private MockHttpServletRequestBuilder confirmation(String review, List<Integer> sections) {
        MockHttpServletRequestBuilder request = post(review).with(user(planner)).with(csrf());
        sections.forEach(s -> request.param("section", String.valueOf(s)));
        layout.entries().forEach(e -> request.param("item", e.key()));
        return request;
    }

    private long planCount() {
        return jdbc.queryForObject("select count(*) from plan", Long.class);
    }

    private long count(String table, long planId) {
        return jdbc.queryForObject("select count(*) from " + table + " where plan_id = ?", Long.class, planId);
    }

    private long confirm(String review, List<Integer> sections) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(confirmation(review, sections)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).matches("/plans/\\d+");
        return Long.parseLong(response.getRedirectedUrl().substring("/plans/".length()));
    }

    private List<Integer> allSections() {
        return java.util.stream.IntStream.range(0, layout.sectionCount())
                .boxed()
                .toList();
    }

    @Test
    void acceptingEverythingCreatesADraftPlanWithWhatTheExtractorFound() throws Exception {
        long plansBefore = planCount();
        String review = uploadAsPlanner();
        MockHttpServletResponse page =
                mvc.perform(get(review).with(user(planner))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("data-keys=\"g0")
                .contains(layout.sectionGoal(1).title());
        assertThat(planCount()).as("nothing saved before confirmation").isEqualTo(plansBefore);

        long planId = confirm(review, allSections());

        assertThat(layout.draft().allGoals()).isNotEmpty();
        assertThat(layout.draft().indicators()).isNotEmpty();
        assertThat(count("goal", planId)).isEqualTo(layout.draft().allGoals().size());
        assertThat(count("indicator", planId))
                .isEqualTo(layout.draft().indicators().size());
        assertThat(count("milestone", planId))
                .isEqualTo(layout.draft().milestones().size());
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select owner_organization_id from plan where id = ?", Long.class, planId))
                .isEqualTo(planner.organizationId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator where plan_id = ? and target_reading is not null",
                        Long.class,
                        planId))
                .as("targets read and stored by the plan")
                .isEqualTo(layout.draft().indicators().stream()
                        .filter(i -> i.target() != null)
                        .count());
        assertThat(planCount()).isEqualTo(plansBefore + 1);

        // a second confirmation (double click) leads to the same plan
        assertThat(confirm(review, allSections())).isEqualTo(planId);
        assertThat(planCount()).isEqualTo(plansBefore + 1);
    }

    @Test
    void droppingASectionLeavesOutItsItems() throws Exception {
        int dropped = 2;
        List<Integer> kept = allSections().stream().filter(s -> s != dropped).toList();
        long goalsDropped = layout.entries().stream()
                .filter(e -> e.section() == dropped && e.kind().equals("GOAL"))
                .count();
        long indicatorsDropped = layout.entries().stream()
                .filter(e -> e.section() == dropped && e.kind().equals("INDICATOR"))
                .count();
        assertThat(goalsDropped).isPositive();

        long planId = confirm(uploadAsPlanner(), kept);

        assertThat(count("goal", planId)).isEqualTo(layout.draft().allGoals().size() - goalsDropped);
        assertThat(count("indicator", planId))
                .isEqualTo(layout.draft().indicators().size() - indicatorsDropped);
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, planId))
                .doesNotContain(layout.sectionGoal(dropped).title());
    }

    @Test
    void aBadFileComesBackToTheFormWithTheReasonInChinese() throws Exception {
        long plansBefore = planCount();
        MockHttpServletResponse response = mvc.perform(multipart("/plans/document-import")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[] {0, 1, 2, 3, 4}))
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"upload-refusal\"")
                .contains("这不是可读取的规划文档");
        assertThat(planCount()).isEqualTo(plansBefore);
    }

    @Test
    void aReporterIsRefused() throws Exception {
        String review = uploadAsPlanner();
        var reporter = user(accounts.signedIn(Role.REPORTER));
        long plansBefore = planCount();
        assertThat(mvc.perform(get("/plans/document-import").with(reporter))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(multipart("/plans/document-import")
                                .file(new MockMultipartFile("file", "a.txt", "text/plain", document))
                                .with(reporter)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(review).param("section", "1").with(reporter).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // another planner does not find someone else's review
        var otherPlanner = user(accounts.signedIn(Role.PLANNER));
        assertThat(mvc.perform(get(review).with(otherPlanner))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/plans/document-import");
        assertThat(planCount()).isEqualTo(plansBefore);
    }
}
