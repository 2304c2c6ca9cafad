package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrators' forms (users, organisations, level scales, regions) and the profile's (password, API token), like
 * the plan's: a refused post comes back with the error summary at the top linking to each field, what was typed, and
 * the form marked unsaved so that leaving it warns (unsaved.js).
 */
@IntegrationTest
class AdminAndProfileFormsKeepInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Test
    void aRefusedUserOrganisationLevelScaleOrRegionComesBackWithTheSummaryAndWhatWasTyped() throws Exception {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        TestOrganizations.Area area = organizations.area();

        assertRefusedAndKept(
                post("/admin/users").with(user(admin)).param("username", "").param("displayName", "刚刚写好的姓名"),
                "value=\"刚刚写好的姓名\"");
        assertRefusedAndKept(
                post("/admin/organizations")
                        .with(user(admin))
                        .param("name", "刚写好的医院名")
                        .param("regionCode", ""),
                "value=\"刚写好的医院名\"");
        assertRefusedAndKept(
                post("/admin/level-scales")
                        .with(user(admin))
                        .param("key", "")
                        .param("name", "刚刚写好的等级表")
                        .param("grades", "甲\n乙"),
                "value=\"刚刚写好的等级表\"");
        assertRefusedAndKept(
                post("/admin/regions").with(user(admin)).param("code", "12").param("name", "刚刚写好的区"),
                "value=\"刚刚写好的区\"");
        assertRefusedAndKept(
                post("/admin/regions/{code}", area.countyCode())
                        .with(user(admin))
                        .param("code", "1")
                        .param("name", "刚刚改好的县名")
                        .param("level", "COUNTY"),
                "value=\"刚刚改好的县名\"");
    }

    @Test
    void aRefusedPasswordChangeOrTokenComesBackWithTheSummary() throws Exception {
        SignedInUser someone = accounts.signedIn(Role.REPORTER);

        String password = assertRefusedAndKept(
                post("/profile/password")
                        .with(user(someone))
                        .param("currentPassword", "不是这个密码")
                        .param("newPassword", "Another#Pass2026")
                        .param("confirmPassword", "Another#Pass2026"),
                "id=\"password-form\"");
        // passwords are never sent back
        assertThat(password).doesNotContain("不是这个密码", "Another#Pass2026");
        assertRefusedAndKept(post("/profile/tokens").with(user(someone)).param("name", ""), "id=\"token-form\"");
    }

    private String assertRefusedAndKept(MockHttpServletRequestBuilder request, String typed) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(csrf())).andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .as(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI())
                .contains("data-error-summary", "请修改以下", "<a href=\"#")
                .containsPattern("<form data-warn-unsaved[^>]*data-unsaved=\"refused\"")
                .contains(typed);
        return page;
    }
}
