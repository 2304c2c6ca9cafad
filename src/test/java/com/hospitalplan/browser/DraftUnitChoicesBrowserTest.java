package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.documentimport.DraftGoal;
import com.hospitalplan.documentimport.DraftLayout;
import com.hospitalplan.documentimport.PlanDraftExtractor;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planner reviews the responsible units a short plan names, in the browser: one unit's select changed to another
 * organisation of the directory, one dropped; the section is accepted (htmx), the page says what each unit became, and
 * the confirmed plan's goals have exactly those responsibilities.
 */
@ServerTest
class DraftUnitChoicesBrowserTest extends BrowserTestSupport {

    private static final String DOCUMENT = String.join(
            "\n",
            "医院发展规划（2024—2026年）",
            "一、重点任务",
            "（一）提升医疗质量。落实核心制度。（医务部牵头，质控办、县卫健局配合）",
            "（二）加强人才建设。到2026年，高层次人才达到20人以上。（责任单位：人事科、市人社局）");

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private long medical;
    private long science;
    private long bureau;

    @BeforeEach
    void signInAsPlannerOfAHospitalWithDepartments() {
        String county = organizations.area().countyCode();
        long hospital = organizations.hospitalIn(county);
        medical = organizations.named("医务部", OrganizationKind.DEPARTMENT, county, hospital);
        science = organizations.named("科教科", OrganizationKind.DEPARTMENT, county, hospital);
        bureau = organizations.named("测试县卫生健康局", OrganizationKind.HEALTH_BUREAU, county, null);
        signIn(accounts.account(Role.PLANNER, hospital).username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/$"));
    }

    /** The key of the goal titled {@code title} on the review page. */
    private static String goalKey(String title) {
        return new DraftLayout(new PlanDraftExtractor().extract(DOCUMENT))
                .entries().stream()
                        .filter(e ->
                                e.item() instanceof DraftGoal g && g.title().equals(title))
                        .findFirst()
                        .orElseThrow()
                        .key();
    }

    /** The goal's line of the unit named {@code name} on the review page. */
    private Locator unit(String goalKey, String name) {
        return page.locator("#units-" + goalKey + " li.draft-unit")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".draft-unit-name", new Page.LocatorOptions().setHasText(name))));
    }

    private List<Map<String, Object>> responsibilities(long planId, String goalTitle) {
        return jdbc.queryForList(
                "select r.organization_id, r.is_leading from responsibility r join goal g on g.id = r.goal_id"
                        + " where g.plan_id = ? and g.title = ? order by r.position",
                planId,
                goalTitle);
    }

    @Test
    void aUnitChosenFromTheDirectoryAndOneDroppedAreTheConfirmedPlansResponsibilities() {
        page.navigate(url("/plans/document-import"));
        page.getByLabel("或粘贴文档文字").fill(DOCUMENT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("读取并核对"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/document-import/[\\w-]+$"));

        String quality = goalKey("提升医疗质量");
        String talents = goalKey("加强人才建设");
        assertThat(unit(quality, "医务部").locator(".draft-unit-outcome")).containsText("已匹配");
        assertThat(unit(quality, "县卫健局").locator(".draft-unit-outcome")).containsText("已匹配 测试县卫生健康局");
        assertThat(unit(talents, "人事科").locator(".draft-unit-outcome")).containsText("建议新建部门");

        // 人事科 is our 科教科; 县卫健局 is left out
        unit(talents, "人事科").getByLabel("人事科：如何处理").selectOption(String.valueOf(science));
        unit(quality, "县卫健局").getByLabel("县卫健局：如何处理").selectOption("drop");
        page.evaluate("window.notReloaded = true");
        page.locator("#section-1 .draft-section-accept").click();
        assertThat(page.locator("#section-state-1")).hasText("已接受");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.notReloaded === true"))
                .as("the section was decided with htmx, without a page load")
                .isEqualTo(true);
        // a department is named with its institution: "已匹配 测试医院-7 科教科"
        assertThat(unit(talents, "人事科").locator(".draft-unit-outcome")).containsText(Pattern.compile("已匹配 .*科教科"));
        assertThat(unit(quality, "县卫健局").locator(".draft-unit-outcome")).containsText("不采用");
        assertThat(unit(talents, "人事科").locator("select")).hasValue(String.valueOf(science));
        assertThat(unit(quality, "县卫健局").locator("select")).hasValue("drop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并生成草稿规划"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        long planId = Long.parseLong(page.url().replaceFirst(".*/plans/", ""));

        assertThat(responsibilities(planId, "提升医疗质量"))
                .as("医务部 leads; 质控办 is only proposed (a planner creates no department); 县卫健局 dropped")
                .extracting(r -> r.get("organization_id"), r -> r.get("is_leading"))
                .containsExactly(Tuple.tuple(medical, true));
        assertThat(responsibilities(planId, "加强人才建设"))
                .extracting(r -> r.get("organization_id"), r -> r.get("is_leading"))
                .containsExactly(Tuple.tuple(science, true));
        assertThat(jdbc.queryForObject(
                        "select count(*) from responsibility r join goal g on g.id = r.goal_id"
                                + " where g.plan_id = ? and r.organization_id = ?",
                        Long.class,
                        planId,
                        bureau))
                .isZero();
    }
}
