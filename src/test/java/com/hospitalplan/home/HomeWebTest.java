package com.hospitalplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.hospitalplan.security.SecuredWebSlice;
import com.hospitalplan.user.AccountView;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.SignedInUsers;
import com.hospitalplan.user.UserService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The home and sign-in pages alone, behind the real security chain, with the account service mocked. */
@WebMvcTest({HomeController.class, LoginController.class})
@SecuredWebSlice
class HomeWebTest {

    private static final SignedInUser REVIEWER = SignedInUsers.of(Role.REVIEWER, 3, 30);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserService users;

    @MockitoBean
    ToDoList toDo;

    @Test
    void theHomePageGreetsTheUserAndWarnsOfTheDemoPassword() throws Exception {
        when(users.account(3L)).thenReturn(new AccountView("shen", "审核人", Role.REVIEWER, "测试县卫健局", "测试县", true));
        String page = mvc.perform(get("/").with(user(REVIEWER)))
                .andExpect(status().isOk())
                .andExpect(view().name("home"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"demo-password\"", "您的账号仍在使用演示密码", "测试县卫健局", "所在地区：测试县");
    }

    @Test
    void strangersAreSentToTheSignInPageWhichSpeaksChinese() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        String login = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("login"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(login).contains("<html lang=\"zh-CN\">", "登录系统");
    }

    @Test
    void theSignInPageSaysWhySomeoneIsBackThere() throws Exception {
        assertThat(login("error", "bad")).contains("用户名或密码错误").doesNotContain("过于频繁", "已停用");
        assertThat(login("error", "throttled")).contains("登录尝试过于频繁，请 1 分钟后再试").doesNotContain("用户名或密码错误");
        assertThat(login("error", "disabled")).contains("该账号已停用").doesNotContain("用户名或密码错误");
        assertThat(login("logout", "")).contains("您已安全退出").doesNotContain("用户名或密码错误");
    }

    @Test
    void someoneSignedInIsSentHomeFromTheSignInPage() throws Exception {
        mvc.perform(get("/login").with(user(REVIEWER))).andExpect(redirectedUrl("/"));
    }

    private String login(String parameter, String value) throws Exception {
        return mvc.perform(get("/login").param(parameter, value))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
