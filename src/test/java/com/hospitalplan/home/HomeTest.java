package com.hospitalplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The home page of real accounts stored in PostgreSQL; the page alone is shown in {@link HomeWebTest}. */
@WebMvcTest(HomeController.class)
@AccountsWebSlice
class HomeTest {

    @MockitoBean
    ToDoList toDo;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationService organizationService;

    /** The demo accounts' own password: a test of the demo data. */
    @Test
    void warnsAnAccountThatStillHasTheDemoPassword() throws Exception {
        assertThat(home("reviewer2")).contains("id=\"demo-password\"", "您的账号仍在使用演示密码");
    }

    @Test
    void doesNotWarnAnAccountWithItsOwnPassword() throws Exception {
        String username = accounts.reporterWithPassword("Own-password-1");
        assertThat(home(username)).doesNotContain("demo-password").contains("欢迎，测试用户");
    }

    @Test
    void showsTheOrganisationAndRegionOfTheUser() throws Exception {
        TestOrganizations.Tree tree = organizations.tree();
        String bureau = organizationService.find(tree.bureauId()).orElseThrow().name();
        String reviewer = accounts.accountOf("REVIEWER", tree.bureauId());
        assertThat(home(reviewer))
                .contains(bureau, "卫健审核人", "所在地区：" + tree.area().countyName());
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
