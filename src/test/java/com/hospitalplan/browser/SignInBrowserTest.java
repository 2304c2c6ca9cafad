package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in and out, and the language, as new accounts of every role see them in a browser. */
@ServerTest
class SignInBrowserTest extends BrowserTestSupport {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @ParameterizedTest(name = "a new {0} signs in and sees the home page in Chinese")
    @CsvSource({
        "ADMIN, 系统管理员, 管理用户与机构",
        "PLANNER, 规划人员, 录入和维护规划",
        "REPORTER, 科室填报人, 按期填报本单位",
        "REVIEWER, 卫健审核人, 审核辖区内医院",
        "VIEWER, 领导查阅, 查阅各规划"
    })
    void eachRoleSignsInAndSeesItsHomePageInChinese(Role role, String roleName, String duty) {
        TestOrganizations.Tree tree = organizations.tree();
        long organization = switch (role) {
            case REPORTER -> tree.departmentId();
            case REVIEWER -> tree.bureauId();
            case VIEWER -> tree.cityBureauId();
            default -> tree.hospitalId();
        };
        signIn(accounts.account(role, organization).username(), TestAccounts.PASSWORD);

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("#welcome")).hasText("欢迎，测试" + role);
        assertThat(page.locator("main")).containsText(roleName);
        assertThat(page.locator("#duty")).containsText(duty);
        Locator.GetByRoleOptions usersLink = new Locator.GetByRoleOptions().setName("用户管理");
        if (role == Role.ADMIN) {
            assertThat(page.locator("nav").getByRole(AriaRole.LINK, usersLink)).isVisible();
        } else {
            assertThat(page.locator("nav").getByRole(AriaRole.LINK, usersLink)).hasCount(0);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        String planner = accounts.account(Role.PLANNER, organizations.tree().hospitalId())
                .username();
        signIn(planner, "not-the-password");

        assertThat(page).hasURL(Pattern.compile("/login\\?error=bad$"));
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误，请重新输入。");
        assertThat(page.getByLabel("用户名")).hasValue(planner);
        assertThat(page.getByLabel("密码")).hasValue("");
    }

    @Test
    void theChosenLanguageIsRememberedAcrossPages() {
        signIn(
                accounts.account(Role.VIEWER, organizations.tree().cityBureauId())
                        .username(),
                TestAccounts.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(page.locator("#welcome")).hasText("Welcome, 测试VIEWER");
        page.navigate(url("/profile"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change password")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("修改密码")))
                .isVisible();
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        signIn(accounts.account(Role.REVIEWER, organizations.tree().bureauId()).username(), TestAccounts.PASSWORD);
        signOut();

        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.locator("main")).containsText("您已安全退出");
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile("/login"));
    }
}
