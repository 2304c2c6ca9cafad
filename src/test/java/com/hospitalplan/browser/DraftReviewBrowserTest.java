package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.documentimport.DocumentTexts;
import com.hospitalplan.documentimport.DraftGoal;
import com.hospitalplan.documentimport.DraftIndicator;
import com.hospitalplan.documentimport.DraftLayout;
import com.hospitalplan.documentimport.PlanDraftExtractor;
import com.hospitalplan.documentimport.SeedDocuments;
import com.hospitalplan.support.AxeCheck;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner takes each of the five seed plans from its document to a draft plan through the pages: 从文档导入 on the
 * plan list, the file, the review page, confirm. The 76-goal seed 000 is accepted section by section (an item dropped
 * and an indicator renamed on the way); seed 001 gets a target retyped (its reading shown as typed) and an item
 * dropped. Each confirmed draft plan holds exactly the accepted goals and indicators, as edited.
 */
@ServerTest
class DraftReviewBrowserTest extends BrowserTestSupport {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    /** What the confirmed plan must hold. */
    private final List<String> goals = new ArrayList<>();

    private final List<String> indicators = new ArrayList<>();

    @BeforeEach
    void signInAsPlanner() {
        String planner = accounts.account(Role.PLANNER, organizations.tree().hospitalId())
                .username();
        signIn(planner, TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/$"));
    }

    private static String seedText(String seed) throws IOException {
        try (InputStream in =
                DraftReviewBrowserTest.class.getResourceAsStream("/documentimport/seeds/" + seed + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Uploads the file from the plan list and returns the draft the page will show. */
    private DraftLayout upload(String fileName, byte[] content, String mime) {
        page.navigate(url("/plans"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("从文档导入"))
                .click();
        page.getByLabel("规划文档").setInputFiles(new FilePayload(fileName, mime, content));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("读取并核对"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/document-import/[\\w-]+$"));
        DraftLayout layout = new DraftLayout(new PlanDraftExtractor().extract(new DocumentTexts().read(content)));
        for (DraftLayout.Entry entry : layout.entries()) {
            if (entry.item() instanceof DraftGoal goal) {
                goals.add(goal.title());
            } else if (entry.item() instanceof DraftIndicator indicator) {
                indicators.add(indicator.name());
            }
        }
        return layout;
    }

    private void dropItem(DraftLayout layout, String key) {
        page.locator("#check-" + key).uncheck();
        if (layout.entry(key).item() instanceof DraftGoal goal) {
            goals.remove(goal.title());
        } else if (layout.entry(key).item() instanceof DraftIndicator indicator) {
            indicators.remove(indicator.name());
        }
    }

    private long confirmAndCheckThePlan() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并生成草稿规划"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        assertThat(page.locator("main")).containsText("已根据文档生成草稿规划");
        long planId = Long.parseLong(page.url().replaceFirst(".*/plans/", ""));
        assertThat(jdbc.queryForObject("select status from plan where id = ?", String.class, planId))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForList("select title from goal where plan_id = ?", String.class, planId))
                .containsExactlyInAnyOrderElementsOf(
                        goals.stream().map(DraftReviewBrowserTest::cut).toList());
        assertThat(jdbc.queryForList("select name from indicator where plan_id = ?", String.class, planId))
                .containsExactlyInAnyOrderElementsOf(indicators.stream()
                        .map(n -> cut(n).length() > 255 ? cut(n).substring(0, 255) : cut(n))
                        .toList());
        return planId;
    }

    private static String cut(String text) {
        String t = text.strip();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

    @Test
    void theSeventySixGoalPlanIsAcceptedSectionBySection() throws IOException {
        String seed = "000-yuebei";
        DraftLayout layout = upload(seed + ".txt", seedText(seed).getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(layout.draft().allGoals()).hasSizeGreaterThanOrEqualTo(76);

        // clicking an indicator highlights its text in the document
        DraftLayout.Entry indicator = layout.entries().stream()
                .filter(e -> e.kind().equals("INDICATOR") && e.section() > 0)
                .findFirst()
                .orElseThrow();
        page.locator("#item-" + indicator.key() + " a.draft-item-link").click();
        Locator active = page.locator("#draft-document mark.draft-active");
        assertThat(active.first()).isVisible();
        assertThat(active.first()).containsText(((DraftIndicator) indicator.item()).targetText());
        // each item says how sure the page is, and why
        assertThat(page.locator("#item-" + indicator.key() + " .draft-confidence"))
                .hasAttribute("title", Pattern.compile(".+"));

        // in the indicator's section: one goal dropped, the indicator renamed
        int section = indicator.section();
        DraftLayout.Entry droppedGoal = layout.entries().stream()
                .filter(e -> e.section() == section && e.kind().equals("GOAL") && e.depth() > 0)
                .findFirst()
                .orElseThrow();
        dropItem(layout, droppedGoal.key());
        page.locator("#item-" + indicator.key() + " summary").click();
        page.locator("#name-" + indicator.key()).fill("粤北测试改名指标");
        indicators.remove(((DraftIndicator) indicator.item()).name());
        indicators.add("粤北测试改名指标");

        Set<Integer> sections = new HashSet<>();
        layout.entries().forEach(e -> sections.add(e.section()));
        int decided = 0;
        for (int s : sections.stream().sorted().toList()) {
            page.locator("#section-" + s + " .draft-section-accept").click();
            assertThat(page.locator("#section-state-" + s)).hasText("已接受");
            decided++;
            assertThat(page.locator("#review-progress")).containsText("已确认 " + decided + "/");
        }
        assertThat(page.locator("#section-" + section + " input[name=item]").first())
                .isDisabled();
        assertThat(page.locator("#check-" + droppedGoal.key())).not().isChecked();
        assertThat(page.locator("#item-" + indicator.key())).containsText("粤北测试改名指标");
        assertThat(page.locator("#item-" + indicator.key())).containsText("已修改");

        confirmAndCheckThePlan();
    }

    @Test
    void aSectionAcceptedWithHtmxRefreshesTheUnplacedListAndTheUnitsAreShownWithTheirMatch() {
        String text = String.join(
                "\n", "测试医院发展规划（2024—2026年）", "一、发展指标", "指标名称\t单位\t2026年目标\t责任科室", "三四级手术占比\t%\t见附件说明\t医务部、质控办");
        DraftLayout layout = upload("plan.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain");
        String key = layout.entries().stream()
                .filter(e -> e.kind().equals("INDICATOR"))
                .findFirst()
                .orElseThrow()
                .key();
        assertThat(page.locator("#review-unplaced")).containsText("三四级手术占比");
        assertThat(page.locator("#units-" + key)).containsText("医务部");
        assertThat(page.locator("#units-" + key)).containsText("建议新建部门");

        page.evaluate("window.notReloaded = true");
        page.locator("#item-" + key + " summary").click();
        page.locator("#target-" + key).fill("≥60%");
        page.locator("#section-1 .draft-section-accept").click();
        assertThat(page.locator("#section-state-1")).hasText("已接受");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.notReloaded === true"))
                .as("the section was decided with htmx, without a page load")
                .isEqualTo(true);
        assertThat(page.locator("#review-unplaced")).isHidden();

        confirmAndCheckThePlan();
    }

    @ParameterizedTest
    @CsvSource({"001-baotou,txt", "002-haining,docx", "003-xunwu,pdf", "004-zhanjiang,txt"})
    void eachOtherSeedGoesFromItsDocumentToADraftPlan(String seed, String kind) throws IOException {
        String text = seedText(seed);
        byte[] content = switch (kind) {
            case "docx" -> SeedDocuments.docx(text);
            case "pdf" -> SeedDocuments.pdf(text);
            default -> text.getBytes(StandardCharsets.UTF_8);
        };
        String mime = switch (kind) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            default -> "text/plain";
        };
        DraftLayout layout = upload(seed + "." + kind, content, mime);
        assertThat(layout.draft().allGoals()).isNotEmpty();
        assertThat(layout.draft().indicators()).isNotEmpty();
        assertThat(page.locator("#draft-items .draft-item"))
                .hasCount(layout.entries().size());

        if (seed.startsWith("001")) {
            // a target retyped is read as typed, at once
            DraftLayout.Entry indicator = layout.entries().stream()
                    .filter(e -> e.kind().equals("INDICATOR") && e.section() > 0)
                    .findFirst()
                    .orElseThrow();
            page.locator("#item-" + indicator.key() + " summary").click();
            page.locator("#target-" + indicator.key()).fill("不低于60%");
            assertThat(page.locator("#preview-" + indicator.key())).containsText("理解为");
            assertThat(page.locator("#preview-" + indicator.key())).containsText("60%");
            DraftLayout.Entry dropped = layout.entries().stream()
                    .filter(e -> e.kind().equals("INDICATOR") && e != indicator)
                    .findFirst()
                    .orElseThrow();
            dropItem(layout, dropped.key());
            long planId = confirmAndCheckThePlan();
            assertThat(jdbc.queryForObject(
                            "select count(*) from indicator where plan_id = ? and target_text = '不低于60%'",
                            Long.class, planId))
                    .isEqualTo(1);
        } else {
            if (seed.startsWith("004")) {
                AxeCheck.assertNoSeriousViolations(page);
            }
            confirmAndCheckThePlan();
        }
    }
}
