package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ServerTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ServerTest
class SignInBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} signs in and sees the home page in Chinese")
    @CsvSource({
        "admin, 系统管理员, 系统管理员, 管理用户与机构",
        "planner, 陈敏, 规划人员, 录入和维护规划",
        "reporter, 赵刚, 科室填报人, 按期填报本单位",
        "reporter2, 钟丽, 科室填报人, 按期填报本单位",
        "reviewer, 高峰, 卫健审核人, 审核辖区内医院",
        "reviewer2, 刘洋, 卫健审核人, 审核辖区内医院",
        "viewer, 黄海, 领导查阅, 查阅各规划"
    })
    void eachDemoRoleSignsInAndSeesItsHomePageInChinese(String username, String name, String role, String duty) {
        signIn(username, DEMO_PASSWORD);

        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("#welcome")).hasText("欢迎，" + name);
        assertThat(page.locator("main")).containsText(role);
        assertThat(page.locator("#duty")).containsText(duty);
        Locator.GetByRoleOptions usersLink = new Locator.GetByRoleOptions().setName("用户管理");
        if (username.equals("admin")) {
            assertThat(page.locator("nav").getByRole(AriaRole.LINK, usersLink)).isVisible();
        } else {
            assertThat(page.locator("nav").getByRole(AriaRole.LINK, usersLink)).hasCount(0);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        signIn("planner", "not-the-password");

        assertThat(page).hasURL(Pattern.compile("/login\\?error=bad$"));
        assertThat(page.locator("#login-error")).hasText("用户名或密码错误，请重新输入。");
        assertThat(page.getByLabel("用户名")).hasValue("planner");
        assertThat(page.getByLabel("密码")).hasValue("");
    }

    @Test
    void theChosenLanguageIsRememberedAcrossPages() {
        signIn("viewer", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();

        assertThat(page.locator("#welcome")).hasText("Welcome, 黄海");
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
        signIn("reviewer", DEMO_PASSWORD);
        signOut();

        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.locator("main")).containsText("您已安全退出");
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile("/login"));
    }
}
