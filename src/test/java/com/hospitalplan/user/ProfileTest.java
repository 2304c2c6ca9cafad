package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The profile page of real accounts stored in PostgreSQL; the page alone is shown in {@link ProfileWebTest}. */
@WebMvcTest(ProfileController.class)
@AccountsWebSlice
class ProfileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Test
    void showsWhoTheUserIsAndTheOrganisationTheyActFor() throws Exception {
        TestOrganizations.Tree tree = organizations.tree();
        String department =
                organizationService.find(tree.departmentId()).orElseThrow().fullName();
        String reporter = accounts.accountOf("REPORTER", tree.departmentId());
        String page = page(get("/profile").with(user(accounts.as(reporter))));
        assertThat(page).contains("测试REPORTER", "科室填报人", department, tree.area().countyName());
    }

    @Test
    void changesThePasswordSoThatOnlyTheNewOneSignsIn() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");

        mvc.perform(changePassword(username, "Old-password-1", "新的口令已经足够长了吧", "新的口令已经足够长了吧"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("success", "password.changed"));

        mvc.perform(formLogin().user(username).password("新的口令已经足够长了吧")).andExpect(authenticated());
        mvc.perform(formLogin().user(username).password("Old-password-1")).andExpect(unauthenticated());
    }

    @Test
    void afterAnAdministratorsResetTheUserMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");
        long id = accounts.idOf(username);
        users.resetPassword(id, "Set-by-admin-1", "admin");
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(username).password("Set-by-admin-1"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);

        mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/plans").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "绕过"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(tokens.list(id)).isEmpty();
        assertThat(page(get("/profile").session(session))).contains("您的密码是管理员设置的");

        mvc.perform(post("/profile/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "Set-by-admin-1")
                        .param("newPassword", "My-own-password-2")
                        .param("confirmPassword", "My-own-password-2"))
                .andExpect(redirectedUrl("/profile"));

        assertThat(mvc.perform(get("/plans").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();
        assertThat(page(get("/profile").session(session))).doesNotContain("您的密码是管理员设置的");
        mvc.perform(formLogin().user(username).password("My-own-password-2")).andExpect(authenticated());
    }

    @Test
    void refusesACommonPasswordAsANewPassword() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");
        assertThat(page(changePassword(username, "Old-password-1", "Password123", "Password123")))
                .contains("该密码过于常见");
        assertThat(page(changePassword(username, "Old-password-1", "12345678", "12345678")))
                .contains("新密码至少需要 10 个字符");
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");
        assertThat(page(changePassword(username, "not-it", "Brand-new-1", "Brand-new-1")))
                .contains("当前密码不正确");
        mvc.perform(formLogin().user(username).password("Old-password-1")).andExpect(authenticated());
    }

    @Test
    void refusesTheDemoPasswordAsANewPassword() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");
        assertThat(page(changePassword(username, "Old-password-1", "Demo@2026", "Demo@2026")))
                .contains("不能使用演示密码作为新密码");
    }

    @Test
    void explainsMissingFieldsInTheChosenLanguage() throws Exception {
        String username = accounts.reporterWithPassword("Old-password-1");
        String chinese = page(changePassword(username, "", "", ""));
        assertThat(chinese).contains("请输入当前密码", "请输入新密码", "请再次输入新密码");

        String english = page(changePassword(username, "", "", "").cookie(new Cookie("lang", "en")));
        assertThat(english).contains("Enter your current password.", "Enter a new password.");
    }

    private MockHttpServletRequestBuilder changePassword(
            String username, String current, String newPassword, String confirmation) {
        return post("/profile/password")
                .with(user(accounts.as(username)))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("confirmPassword", confirmation);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
