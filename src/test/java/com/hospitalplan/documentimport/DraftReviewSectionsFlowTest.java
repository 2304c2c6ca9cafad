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
 * The review page section by section: a section accepted with an item dropped and an indicator edited (a refused
 * year comes back with everything typed), another dropped, both kept across requests, and the confirmed plan holds
 * exactly the accepted items as edited.
 */
@IntegrationTest
class DraftReviewSectionsFlowTest {

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
    void read() {
        planner = accounts.signedIn(Role.PLANNER);
        document = SeedFigures.seedText(SEED).getBytes(StandardCharsets.UTF_8);
        layout = new DraftLayout(new PlanDraftExtractor().extract(new DocumentTexts().read(document)));
    }

    private String upload() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/plans/document-import")
                        .file(new MockMultipartFile("file", SEED + ".txt", "text/plain", document))
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private List<DraftLayout.Entry> entriesOf(int section) {
        return layout.entries().stream().filter(e -> e.section() == section).toList();
    }

    private MockHttpServletRequestBuilder decision(String review, int section, String decision) {
        return post(review + "/sections/" + section)
                .param("decision", decision)
                .with(user(planner))
                .with(csrf());
    }

    private String page(String review) throws Exception {
        return mvc.perform(get(review).with(user(planner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void sectionsAcceptedAndDroppedOneByOneGiveAPlanWithTheAcceptedItemsAsEdited() throws Exception {
        DraftLayout.Entry indicator = layout.entries().stream()
                .filter(e -> e.kind().equals("INDICATOR") && e.section() > 0)
                .findFirst()
                .orElseThrow();
        int accepted = indicator.section();
        int dropped = accepted == 1 ? 2 : 1;
        List<DraftLayout.Entry> acceptedEntries = entriesOf(accepted);
        DraftLayout.Entry droppedGoal = acceptedEntries.stream()
                .filter(e -> e.kind().equals("GOAL") && e.depth() > 0)
                .findFirst()
                .orElseThrow();
        String review = upload();

        // a year that is none refuses the section's acceptance and keeps everything typed
        MockHttpServletRequestBuilder refused = decision(review, accepted, "ACCEPTED")
                .param("name." + indicator.key(), "改过的指标名")
                .param("target." + indicator.key(), "不低于50%")
                .param("year." + indicator.key(), "20x5");
        acceptedEntries.stream().filter(e -> e != droppedGoal).forEach(e -> refused.param("item", e.key()));
        MockHttpServletResponse refusal = mvc.perform(refused).andReturn().getResponse();
        assertThat(refusal.getStatus()).isEqualTo(422);
        assertThat(refusal.getContentAsString(StandardCharsets.UTF_8))
                .contains("请填写 1900 至 2100 之间的四位年份")
                .contains("value=\"20x5\"")
                .contains("value=\"改过的指标名\"")
                .contains("id=\"review-errors\"");
        assertThat(page(review)).as("nothing decided yet").contains("已确认 0/");

        MockHttpServletRequestBuilder accept = decision(review, accepted, "ACCEPTED")
                .param("name." + indicator.key(), "改过的指标名")
                .param("target." + indicator.key(), "不低于50%")
                .param("year." + indicator.key(), "2026");
        acceptedEntries.stream().filter(e -> e != droppedGoal).forEach(e -> accept.param("item", e.key()));
        MockHttpServletResponse saved = mvc.perform(accept).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(review + "#section-" + accepted);

        // htmx asks for the page to swap the section in
        MockHttpServletResponse htmx = mvc.perform(
                        decision(review, dropped, "DROPPED").header("HX-Request", "true"))
                .andReturn()
                .getResponse();
        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"section-state-" + dropped + "\"");

        String page = page(review);
        assertThat(page).contains("已确认 2/");
        assertThat(page).containsPattern("id=\"section-state-" + accepted + "\"[^>]*>已接受<");
        assertThat(page).containsPattern("id=\"section-state-" + dropped + "\"[^>]*>已舍弃<");
        assertThat(page).contains("改过的指标名").contains("不低于50%").contains("已修改");

        // the confirming form ticks everything: decided sections count as decided
        MockHttpServletRequestBuilder confirm = post(review).with(user(planner)).with(csrf());
        for (int s = 0; s < layout.sectionCount(); s++) {
            confirm.param("section", String.valueOf(s));
        }
        layout.entries().forEach(e -> confirm.param("item", e.key()));
        MockHttpServletResponse done = mvc.perform(confirm).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).matches("/plans/\\d+");
        long planId = Long.parseLong(done.getRedirectedUrl().substring("/plans/".length()));

        long droppedGoals =
                entriesOf(dropped).stream().filter(e -> e.kind().equals("GOAL")).count();
        assertThat(jdbc.queryForObject("select count(*) from goal where plan_id = ?", Long.class, planId))
                .isEqualTo(layout.draft().allGoals().size() - droppedGoals - 1);
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, planId))
                .doesNotContain(((DraftGoal) droppedGoal.item()).title())
                .doesNotContain(layout.sectionGoal(dropped).title())
                .contains(layout.sectionGoal(accepted).title());
        assertThat(jdbc.queryForObject(
                        "select target_text from indicator where plan_id = ? and name = '改过的指标名'",
                        String.class,
                        planId))
                .isEqualTo("不低于50%");
        assertThat(jdbc.queryForObject(
                        "select target_reading is not null from indicator where plan_id = ? and name = '改过的指标名'",
                        Boolean.class,
                        planId))
                .as("the edited target is read and stored")
                .isTrue();
    }

    @Test
    void whatTheExtractorCouldNotPlaceIsListedAndSavedWhenTicked() throws Exception {
        String text = "到2025年，医院床位达到800张。\n一、发展目标\n（一）学科建设\n到2025年，三四级手术占比争取有较大提升。\n";
        MockHttpServletResponse uploaded = mvc.perform(multipart("/plans/document-import")
                        .param("text", text)
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        String review = uploaded.getRedirectedUrl();
        DraftLayout pasted = new DraftLayout(new PlanDraftExtractor().extract(text));
        assertThat(pasted.entries().stream().filter(e -> e.section() == DraftLayout.UNPLACED))
                .as("the figure before the first heading stands in no section")
                .isNotEmpty();
        String page = page(review);
        int list = page.indexOf("id=\"review-unplaced\"");
        assertThat(list).isPositive();
        assertThat(page.substring(list, page.indexOf("</div>", list)))
                .contains("位于第一个章节标题之前")
                .contains("床位");

        MockHttpServletRequestBuilder confirm = post(review).with(user(planner)).with(csrf());
        for (int s = 0; s < pasted.sectionCount(); s++) {
            confirm.param("section", String.valueOf(s));
        }
        pasted.entries().forEach(e -> confirm.param("item", e.key()));
        String plan = mvc.perform(confirm).andReturn().getResponse().getRedirectedUrl();
        long planId = Long.parseLong(plan.substring("/plans/".length()));
        assertThat(jdbc.queryForObject("select count(*) from indicator where plan_id = ?", Long.class, planId))
                .isEqualTo(pasted.draft().indicators().size());
    }
}
