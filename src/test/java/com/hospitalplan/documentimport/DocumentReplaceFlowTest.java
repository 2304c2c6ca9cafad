package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 从文档替换内容: a draft plan's goals, indicators, milestones and budget lines replaced by what its planner accepts
 * from a document, its title and period kept; a published plan refuses with a message; only the plan's planners (and
 * administrators) may.
 */
@IntegrationTest
class DocumentReplaceFlowTest {

    private static final String SEED = "003-xunwu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestOrganizations organizations;

    private SignedInUser planner;
    private Long draftId;
    private byte[] document;
    private DraftLayout layout;

    @BeforeEach
    void draft() {
        planner = accounts.signedIn(Role.PLANNER);
        draftId = plans.create(
                new PlanCommands.SavePlan(
                        "草稿规划 " + System.nanoTime(),
                        "某卫健局",
                        2022,
                        2026,
                        null,
                        null,
                        List.of(new BasisDocument("依据", null)),
                        null,
                        List.of(),
                        List.of()),
                planner);
        content.addGoal(draftId, new PlanCommands.SaveGoal(null, "一、", "旧的目标", null, null, List.of()), planner);
        document = SeedFigures.seedText(SEED).getBytes(StandardCharsets.UTF_8);
        layout = new DraftLayout(new PlanDraftExtractor().extract(new DocumentTexts().read(document)));
    }

    private MockHttpServletResponse upload(Long planId, SignedInUser who) throws Exception {
        return uploaded(planId, who).getResponse();
    }

    private MvcResult uploaded(Long planId, SignedInUser who) throws Exception {
        return mvc.perform(multipart("/plans/" + planId + "/document-import")
                        .file(new MockMultipartFile("file", SEED + ".txt", "text/plain", document))
                        .with(user(who))
                        .with(csrf()))
                .andReturn();
    }

    private String title(Long planId) {
        return jdbc.queryForObject("select title from plan where id = ?", String.class, planId);
    }

    @Test
    void aDraftsContentIsReplacedByWhatItsPlannerAcceptsAndItsDescriptionStays() throws Exception {
        String title = title(draftId);
        long plansBefore = jdbc.queryForObject("select count(*) from plan", Long.class);
        assertThat(mvc.perform(get("/plans/" + draftId).with(user(planner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"document-replace\"");
        assertThat(mvc.perform(get("/plans/" + draftId + "/document-import").with(user(planner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("上传文档替换草稿《" + title + "》")
                .contains("action=\"/plans/" + draftId + "/document-import\"");
        MockHttpServletResponse uploaded = upload(draftId, planner);
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String review = uploaded.getRedirectedUrl();
        assertThat(mvc.perform(get(review).with(user(planner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"review-replaces\"")
                .contains(title);
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, draftId))
                .as("nothing changed before confirming")
                .containsExactly("旧的目标");

        MockHttpServletRequestBuilder confirm = post(review).with(user(planner)).with(csrf());
        for (int s = 0; s < layout.sectionCount(); s++) {
            confirm.param("section", String.valueOf(s));
        }
        layout.entries().forEach(e -> confirm.param("item", e.key()));
        MvcResult done = mvc.perform(confirm).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + draftId);
        assertThat(done.getFlashMap().get("success")).isEqualTo("documentReview.replaced");
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, draftId))
                .hasSize(layout.draft().allGoals().size())
                .doesNotContain("旧的目标");
        assertThat(jdbc.queryForObject("select count(*) from indicator where plan_id = ?", Long.class, draftId))
                .isEqualTo(layout.draft().indicators().size());
        assertThat(title(draftId)).as("the description stays").isEqualTo(title);
        assertThat(jdbc.queryForObject("select start_year from plan where id = ?", Integer.class, draftId))
                .isEqualTo(2022);
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, draftId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from plan", Long.class)).isEqualTo(plansBefore);
    }

    @Test
    void aPublishedPlanRefusesWithAMessageAndNothingChanges() throws Exception {
        ScratchPlans.Ids published = scratchPlans.publishedPlan();
        SignedInUser itsPlanner = accounts.as(published.plannerUsername());
        MvcResult form = mvc.perform(
                        get("/plans/" + published.planId() + "/document-import").with(user(itsPlanner)))
                .andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + published.planId());
        assertThat(form.getFlashMap().get("failure")).isEqualTo("documentReview.error.notDraft");
        MvcResult posted = uploaded(published.planId(), itsPlanner);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + published.planId());
        assertThat(posted.getFlashMap().get("failure")).isEqualTo("documentReview.error.notDraft");
        assertThat(jdbc.queryForObject(
                        "select count(*) from import_preview where plan_id = ?", Long.class, published.planId()))
                .isZero();
        assertThat(mvc.perform(get("/plans/" + published.planId()).with(user(itsPlanner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("a published plan offers no replacement")
                .contains("id=\"plan-title\"")
                .doesNotContain("id=\"document-replace\"");
    }

    @Test
    void onlyThePlansPlannersAndAdministratorsMayReplaceIt() throws Exception {
        SignedInUser otherPlanner =
                accounts.signedIn(Role.PLANNER, organizations.tree().hospitalId());
        assertThat(upload(draftId, otherPlanner).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/plans/" + draftId + "/document-import").with(user(otherPlanner)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(upload(draftId, accounts.signedIn(Role.REPORTER)).getStatus())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from import_preview where plan_id = ?", Long.class, draftId))
                .isZero();
        assertThat(upload(draftId, accounts.signedIn(Role.ADMIN)).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, draftId))
                .containsExactly("旧的目标");
    }
}
