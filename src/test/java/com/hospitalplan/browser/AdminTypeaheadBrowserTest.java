package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator chooses a user's organisation by typing a part of its name, and searches the user list live. */
@ServerTest
class AdminTypeaheadBrowserTest extends BrowserTestSupport {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOrganisationOfANewUserIsChosenFromWhatTheApplicationOffersAsOneTypes() {
        long hospital = organizations.hospitalIn(organizations.area().countyCode());
        String name = directory.find(hospital).orElseThrow().name();
        signIn(accounts.account(Role.ADMIN, organizations.tree().hospitalId()).username(), TestAccounts.PASSWORD);
        page.navigate(url("/admin/users/new"));

        String username = "typeahead" + System.nanoTime();
        page.getByLabel("用户名").fill(username);
        page.getByLabel("姓名").fill("联想输入");
        page.getByLabel("角色").selectOption("REPORTER");
        Locator organization = page.getByLabel("所属单位");
        organization.pressSequentially(name, new Locator.PressSequentiallyOptions().setDelay(20));

        // the application answers the typed text with the matching organisations in the field's datalist
        Locator offered = page.locator("#organization-options option[value='" + name + " #" + hospital + "']");
        assertThat(offered).hasCount(1);
        String choice = offered.getAttribute("value");
        organization.fill(choice); // what choosing the suggestion does
        page.getByLabel("初始密码").fill("浏览器里设置的登录口令");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存"))
                .click();

        assertThat(page).hasURL(url("/admin/users"));
        assertThat(page.locator(".alert-success")).containsText("用户已保存");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select organization_id from app_user where username = ?", Long.class, username))
                .isEqualTo(hospital);

        // live search: the results follow the typing, and the query lands in the address
        page.getByLabel("名称").pressSequentially(username, new Locator.PressSequentiallyOptions().setDelay(10));
        assertThat(page.locator("#user-results")).containsText("共 1 个用户");
        assertThat(page.locator("#user-" + username)).containsText(name);
        assertThat(page.locator("#user-" + username)).containsText("待改密码");
        assertThat(page).hasURL(Pattern.compile("q=" + username));
    }

    @Test
    void anOrganisationThatNamesNoneComesBackWithEverythingTyped() {
        signIn(accounts.account(Role.ADMIN, organizations.tree().hospitalId()).username(), TestAccounts.PASSWORD);
        page.navigate(url("/admin/users/new"));
        String username = "unknownorg" + System.nanoTime();
        page.getByLabel("用户名").fill(username);
        page.getByLabel("姓名").fill("找不到单位");
        page.getByLabel("角色").selectOption("VIEWER");
        page.getByLabel("所属单位").fill("世上没有的医院");
        page.getByLabel("初始密码").fill("浏览器里设置的登录口令");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存"))
                .click();

        assertThat(page.locator(".invalid-feedback")).containsText("未找到唯一的单位“世上没有的医院”");
        assertThat(page.getByLabel("所属单位")).hasValue("世上没有的医院");
        assertThat(page.getByLabel("用户名")).hasValue(username);
        assertThat(page.getByLabel("姓名")).hasValue("找不到单位");
        assertThat(page.getByLabel("角色")).hasValue("VIEWER");
    }
}
