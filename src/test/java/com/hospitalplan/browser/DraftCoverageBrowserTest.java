package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city's planner imports a target stated for every county, in the browser: the review page marks it 按县拆分, the
 * planner chooses the city as the plan's coverage, and the confirmed plan holds the target once per county of the city,
 * each led by its county's health bureau.
 */
@ServerTest
class DraftCoverageBrowserTest extends BrowserTestSupport {

    // seed 004 (湛江市全面提升县级医院综合能力实施方案), 二、（二）
    private static final String DOCUMENT =
            String.join("\n", "测试市全面提升县级医院综合能力实施方案", "一、工作目标", "（一）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；");

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private TestOrganizations.Area area;
    private long bureau;
    private long otherBureau;

    @BeforeEach
    void signInAsTheCitysPlanner() {
        area = organizations.area();
        String otherCounty = organizations.region("测试乙县", RegionLevel.COUNTY, area.cityCode());
        long cityBureau = organizations.named("测试市卫生健康局", OrganizationKind.HEALTH_BUREAU, area.cityCode(), null);
        bureau = organizations.named("测试县卫生健康局", OrganizationKind.HEALTH_BUREAU, area.countyCode(), null);
        otherBureau = organizations.named("测试乙县卫生健康局", OrganizationKind.HEALTH_BUREAU, otherCounty, null);
        signIn(accounts.account(Role.PLANNER, cityBureau).username(), TestAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/$"));
    }

    @Test
    void aTargetForEveryCountyIsMarkedAndEnteredOncePerCountyOfTheChosenCity() {
        page.navigate(url("/plans/document-import"));
        page.getByLabel("或粘贴文档文字").fill(DOCUMENT);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("读取并核对"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/document-import/[\\w-]+$"));
        assertThat(page.getByText("按县拆分").first()).isVisible();

        page.locator("#coverRegion").selectOption(area.cityCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认并生成草稿规划"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        long planId = Long.parseLong(page.url().replaceFirst(".*/plans/", ""));

        List<Map<String, Object>> perCounty = jdbc.queryForList(
                "select i.name, (select r.organization_id from responsibility r"
                        + " where r.indicator_id = i.id and r.is_leading) as leading"
                        + " from indicator i where i.plan_id = ? and i.target_text like '%二级甲等%'",
                planId);
        assertThat(perCounty).hasSize(2);
        assertThat(perCounty).extracting(r -> r.get("leading")).containsExactlyInAnyOrder(bureau, otherBureau);
        assertThat(perCounty)
                .extracting(r -> (String) r.get("name"))
                .anySatisfy(name -> assertThat(name).contains("测试乙县"));
        assertThat(page.getByText("测试乙县").first()).isVisible();
    }
}
