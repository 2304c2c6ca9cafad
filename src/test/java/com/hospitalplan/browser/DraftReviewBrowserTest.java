package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.documentimport.DocumentTexts;
import com.hospitalplan.documentimport.DraftGoal;
import com.hospitalplan.documentimport.DraftLayout;
import com.hospitalplan.documentimport.PlanDraftExtractor;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planner uploads a plan's document, sees an item's text highlighted in the document, drops one top-level section
 * with one click, confirms, and lands on the new draft plan without that section.
 */
@ServerTest
class DraftReviewBrowserTest extends BrowserTestSupport {

    private static final String SEED = "003-xunwu";

    @Autowired
    ScratchPlans scratchPlans;

    @Test
    void aPlannerDropsASectionAndCreatesTheDraftPlan() throws Exception {
        byte[] document;
        try (InputStream in = getClass().getResourceAsStream("/documentimport/seeds/" + SEED + ".txt")) {
            document = in.readAllBytes();
        }
        DraftLayout layout = new DraftLayout(new PlanDraftExtractor().extract(new DocumentTexts().read(document)));
        DraftGoal kept = layout.sectionGoal(1);
        DraftGoal dropped = layout.sectionGoal(2);
        String keptKey = layout.keyOf(kept);

        signIn(scratchPlans.publishedPlan().plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("从文档导入"))
                .click();
        page.getByLabel("规划文档").setInputFiles(new FilePayload(SEED + ".txt", "text/plain", document));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("读取并核对"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/plans/document-import/[\\w-]+$"));
        // clicking an item highlights its text in the document
        page.locator("#item-" + keptKey + " a.draft-item-link").click();
        Locator active = page.locator("#draft-document mark.draft-active");
        assertThat(active.first()).isVisible();
        assertThat(active.first()).containsText(kept.title().substring(0, 2));

        // one click drops a whole section
        page.locator("#section-check-2").uncheck();
        assertThat(page.locator("#section-2 input[name=item]:checked")).hasCount(0);
        assertThat(page.locator("#section-1 input[name=item]:checked").first()).isChecked();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/DraftReviewBrowserTest-review.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并生成草稿规划"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        assertThat(page.locator("main")).containsText("已根据文档生成草稿规划");
        Locator goals = page.locator("main");
        assertThat(goals).containsText(kept.title());
        assertThat(goals).not().containsText(dropped.title());
    }
}
