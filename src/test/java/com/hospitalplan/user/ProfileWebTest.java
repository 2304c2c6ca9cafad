package com.hospitalplan.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import com.hospitalplan.security.SecuredWebSlice;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The profile page alone, behind the real security chain, with the account service mocked. */
@WebMvcTest(ProfileController.class)
@SecuredWebSlice
class ProfileWebTest {

    private static final SignedInUser REPORTER = SignedInUsers.of(Role.REPORTER, 5, 20);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenService tokens;

    @MockitoBean
    UserService users;

    @BeforeEach
    void account() {
        when(users.account(5L)).thenReturn(new AccountView("zhang", "张医生", Role.REPORTER, "测试人民医院", "测试县", false));
        when(tokens.list(5L)).thenReturn(List.of());
    }

    @Test
    void aSignedInUserSeesTheirOwnAccount() throws Exception {
        String page = mvc.perform(get("/profile").with(user(REPORTER)))
                .andExpect(status().isOk())
                .andExpect(view().name("profile/show"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("zhang", "张医生", "测试人民医院", "测试县");
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/profile/password")
                        .with(user(REPORTER))
                        .with(csrf().useInvalidToken())
                        .param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        verify(users, never()).changePassword(anyLong(), any(), any());
    }

    @Test
    void aMismatchedConfirmationIsRefusedInChineseBeforeTheServiceIsAsked() throws Exception {
        String page = mvc.perform(post("/profile/password")
                        .with(user(REPORTER))
                        .with(csrf())
                        .param("currentPassword", "Old-password-1")
                        .param("newPassword", "New-password-1")
                        .param("confirmPassword", "New-password-2"))
                .andExpect(status().isOk())
                .andExpect(view().name("profile/show"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "passwordForm", "confirmPassword", "password.confirmMismatch"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("两次输入的新密码不一致。");
        verify(users, never()).changePassword(anyLong(), any(), any());
    }

    @Test
    void aWrongCurrentPasswordIsShownAtThatField() throws Exception {
        when(users.changePassword(5L, "Wrong-password-1", "New-password-1"))
                .thenReturn(Optional.of("password.currentWrong"));
        String page = mvc.perform(post("/profile/password")
                        .with(user(REPORTER))
                        .with(csrf())
                        .param("currentPassword", "Wrong-password-1")
                        .param("newPassword", "New-password-1")
                        .param("confirmPassword", "New-password-1"))
                .andExpect(
                        model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.currentWrong"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("当前密码不正确。");
    }

    @Test
    void aChangedPasswordLeadsBackToTheProfile() throws Exception {
        when(users.changePassword(5L, "Old-password-1", "New-password-1")).thenReturn(Optional.empty());
        mvc.perform(post("/profile/password")
                        .with(user(REPORTER))
                        .with(csrf())
                        .param("currentPassword", "Old-password-1")
                        .param("newPassword", "New-password-1")
                        .param("confirmPassword", "New-password-1"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("success", "password.changed"));
    }
}
