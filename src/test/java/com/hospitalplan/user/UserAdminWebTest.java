package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.hospitalplan.organization.OrganizationFinder;
import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.security.SecuredWebSlice;
import com.hospitalplan.shared.PageLinks;
import com.hospitalplan.shared.Paged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The user administration pages alone, behind the real security chain, with the services mocked. */
@WebMvcTest(UserAdminController.class)
@SecuredWebSlice
@Import(PageLinks.class)
class UserAdminWebTest {

    private static final SignedInUser ADMIN = SignedInUsers.of(Role.ADMIN, 1, 10);
    private static final SignedInUser REVIEWER = SignedInUsers.of(Role.REVIEWER, 2, 10);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserService users;

    @MockitoBean
    OrganizationService organizations;

    @MockitoBean
    OrganizationFinder finder;

    private static final OrganizationView HOSPITAL = new OrganizationView(
            20L, "测试人民医院", OrganizationKind.GENERAL_HOSPITAL, "900003", "测试县", null, null, null, 0);

    @BeforeEach
    void directory() {
        when(organizations.find(20L)).thenReturn(Optional.of(HOSPITAL));
        when(finder.typedOrganization("测试人民医院 #20")).thenReturn(Optional.of(HOSPITAL));
    }

    private void listed(UserSummary... rows) {
        when(users.search(any(), anyInt(), anyInt())).thenReturn(new Paged<>(List.of(rows), 1, 50, rows.length));
    }

    @Test
    void anAdministratorSeesTheAccounts() throws Exception {
        listed(new UserSummary(7L, "zhang", "张医生", Role.REPORTER, "测试人民医院", true, null, true, false));
        String page = mvc.perform(get("/admin/users").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/list"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户管理", "所属单位", "zhang", "张医生", "测试人民医院", "演示密码");
    }

    @Test
    void otherRolesAndStrangersAreRefused() throws Exception {
        mvc.perform(get("/admin/users").with(user(REVIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/users/{id}/unlock", 7).with(user(REVIEWER)).with(csrf()))
                .andExpect(status().isForbidden());
        verify(users, never()).unlock(anyLong(), any());
    }

    @Test
    void theStatusColumnTellsDisabledLockedAndActiveAccountsApart() throws Exception {
        Instant until = Instant.parse("2026-03-01T08:30:00Z");
        listed(
                new UserSummary(7L, "off", "停用者", Role.REPORTER, "测试人民医院", false, null, false, false),
                new UserSummary(8L, "held", "受限者", Role.REPORTER, "测试人民医院", true, until, false, false),
                new UserSummary(9L, "fine", "正常者", Role.REPORTER, "测试人民医院", true, null, false, true));
        String page = mvc.perform(get("/admin/users").with(user(ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(row(page, "off")).contains("已停用").doesNotContain("正常", "已锁定");
        assertThat(row(page, "held")).contains("已锁定（至 2026-03-01").contains("/admin/users/8/unlock");
        assertThat(row(page, "held")).doesNotContain("正常", "已停用");
        assertThat(row(page, "fine")).contains("正常", "待改密码").doesNotContain("已锁定", "已停用", "/unlock");
    }

    @Test
    void theNewUserFormPreselectsNoRole() throws Exception {
        String page = mvc.perform(get("/admin/users/new").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String roles = page.substring(page.indexOf("<select class=\"form-select\" id=\"role\""));
        roles = roles.substring(0, roles.indexOf("</select>"));
        assertThat(roles)
                .contains("<option value=\"\"")
                .contains("value=\"ADMIN\"")
                .doesNotContain("selected");
    }

    /** The table row of one account on the user list. */
    private static String row(String page, String username) {
        String row = page.substring(page.indexOf("id=\"user-" + username + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    void unlockingLiftsTheRefusalsInTheAdministratorsName() throws Exception {
        mvc.perform(asAdmin(post("/admin/users/{id}/unlock", 7))).andExpect(redirectedUrl("/admin/users"));
        verify(users).unlock(7L, ADMIN.getUsername());
    }

    @Test
    void anInvalidAccountIsShownAgainWithTheReasonsInChinese() throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "有空格 的名字")
                        .param("displayName", "")
                        .param("email", "not-an-address")
                        .param("organizationId", "20"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.newRequired"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户名为 2–64 个字母、数字、点、下划线或连字符。", "请填写姓名。", "请填写有效的电子邮箱地址。", "请选择角色。", "请输入新密码。");
        verify(users, never()).create(any(), any(), any(), any(), any(), any());
    }

    @Test
    void aTakenUsernameIsShownAtTheUsername() throws Exception {
        when(users.create(anyString(), anyString(), any(), any(), any(), anyString()))
                .thenReturn(Optional.of("admin.users.usernameTaken"));
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "zhang")
                        .param("displayName", "张医生")
                        .param("role", "REPORTER")
                        .param("organizationId", "20")
                        .param("password", "足够长的一个登录口令"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "admin.users.usernameTaken"));
    }

    @Test
    void aValidAccountIsCreated() throws Exception {
        when(users.create(anyString(), anyString(), any(), any(), any(), anyString()))
                .thenReturn(Optional.empty());
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "zhang")
                        .param("displayName", " 张医生 ")
                        .param("role", "REPORTER")
                        .param("organizationId", "20")
                        .param("password", "足够长的一个登录口令"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("success", "admin.users.saved"));
        verify(users).create("zhang", "张医生", null, Role.REPORTER, 20L, "足够长的一个登录口令");
    }

    @Test
    void aRefusedPasswordResetGoesBackToTheFormWithTheReason() throws Exception {
        when(users.resetPassword(7L, "short", ADMIN.getUsername())).thenReturn(Optional.of("password.tooShort"));
        mvc.perform(asAdmin(post("/admin/users/{id}/password", 7)).param("newPassword", "short"))
                .andExpect(redirectedUrl("/admin/users/7/edit"))
                .andExpect(flash().attribute("failure", "password.tooShort"));
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN)).with(csrf());
    }
}
