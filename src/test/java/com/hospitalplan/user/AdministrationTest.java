package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Accounts managed by a system administrator, stored in PostgreSQL and then signing in; the pages alone, with the
 * service mocked, are shown in {@link UserAdminWebTest}.
 */
@WebMvcTest(UserAdminController.class)
@AccountsWebSlice
class AdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    UserService users;

    private SignedInUser admin;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        if (admin == null) {
            admin = accounts.signedIn(Role.ADMIN);
        }
        return request.with(user(admin)).with(csrf());
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanSignIn() throws Exception {
        String username = "zhang" + System.nanoTime();
        long organization = organizations.hospitalIn(organizations.area().countyCode());
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", username)
                        .param("displayName", "张医生")
                        .param("email", "zhang@example.test")
                        .param("role", "REPORTER")
                        .param("organizationId", String.valueOf(organization))
                        .param("password", "寻乌中医院填报员口令"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("寻乌中医院填报员口令"))
                .andExpect(authenticated().withRoles("REPORTER"));
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, username))
                .isEqualTo("zhang@example.test");

        assertThat(page(asAdmin(post("/admin/users"))
                        .param("username", username)
                        .param("displayName", "重名")
                        .param("role", "REPORTER")
                        .param("organizationId", String.valueOf(organization))
                        .param("password", "另一个足够长的口令")))
                .contains("该用户名已被使用");
        assertThat(page(asAdmin(post("/admin/users"))
                        .param("username", "demo" + System.nanoTime())
                        .param("displayName", "演示")
                        .param("role", "VIEWER")
                        .param("organizationId", String.valueOf(organization))
                        .param("password", "Demo@2026")))
                .contains("不能使用演示密码作为新密码");
    }

    @Test
    void anAdministratorChangesARoleDisablesAnAccountAndResetsAPassword() throws Exception {
        String username = accounts.reporterWithPassword("Original-password-1");
        long id = accounts.idOf(username);
        long bureau = organizations.tree().bureauId();
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);

        mvc.perform(asAdmin(post("/admin/users/{id}", id))
                        .param("username", username)
                        .param("displayName", "改名后")
                        .param("role", "REVIEWER")
                        .param("organizationId", String.valueOf(bureau))
                        .param("enabled", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("Original-password-1"))
                .andExpect(authenticated().withRoles("REVIEWER"));

        mvc.perform(asAdmin(post("/admin/users/{id}/password", id)).param("newPassword", "重新设置的口令一二三"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("Original-password-1")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(username).password("重新设置的口令一二三")).andExpect(authenticated());

        long current = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        mvc.perform(asAdmin(post("/admin/users/{id}", id))
                        .param("username", username)
                        .param("displayName", "改名后")
                        .param("role", "REVIEWER")
                        .param("organizationId", String.valueOf(bureau))
                        .param("_enabled", "on") // the hidden marker of the unticked check box
                        .param("version", String.valueOf(current)))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("重新设置的口令一二三")).andExpect(unauthenticated());
    }

    @Test
    void anAccountAnAdministratorCreatesMustChooseItsOwnPasswordAtItsFirstSignIn() throws Exception {
        String username = "neu" + System.nanoTime();
        long organization = organizations.hospitalIn(organizations.area().countyCode());
        String label = organizationService.find(organization).orElseThrow().choiceLabel();
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", username)
                        .param("displayName", "新同事")
                        .param("role", "PLANNER")
                        .param("organization", label) // as the typeahead offers it
                        .param("password", "管理员给的初始登录口令"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select organization_id from app_user where username = ?", Long.class, username))
                .isEqualTo(organization);
        assertThat(page(asAdmin(get("/admin/users").param("q", username)))).contains("待改密码");

        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(username).password("管理员给的初始登录口令"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/plans").session(session)).andExpect(status().isForbidden());

        assertThat(users.changePassword(accounts.idOf(username), "管理员给的初始登录口令", "我自己选的新的登录口令"))
                .isEmpty();
        MockHttpSession own =
                (MockHttpSession) mvc.perform(formLogin().user(username).password("我自己选的新的登录口令"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        assertThat(mvc.perform(get("/plans").session(own))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isNull();
    }

    @Test
    void aTypedOrganisationThatNamesNoneComesBackWithEverythingTypedAndAChineseMessage() throws Exception {
        String username = "typo" + System.nanoTime();
        String page = page(asAdmin(post("/admin/users"))
                .param("username", username)
                .param("displayName", "打错单位的人")
                .param("email", "typo@example.test")
                .param("role", "VIEWER")
                .param("organization", "没有这个医院")
                .param("password", "足够长的一个登录口令"));
        assertThat(page)
                .contains("未找到唯一的单位“没有这个医院”")
                .contains("value=\"" + username + "\"", "value=\"打错单位的人\"", "value=\"typo@example.test\"")
                .contains("value=\"没有这个医院\"")
                .containsPattern("value=\"VIEWER\"\\s+selected");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
