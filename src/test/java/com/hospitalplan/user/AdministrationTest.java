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

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Regions, organisations and users, managed by a system administrator. */
@IntegrationTest
class AdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser admin;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        if (admin == null) {
            admin = accounts.signedIn(Role.ADMIN);
        }
        return request.with(user(admin)).with(csrf());
    }

    @Test
    void anAdministratorAddsACountyAHospitalAndADepartment() throws Exception {
        String city = organizations.area().cityCode();
        String code = TestOrganizations.newRegionCode();
        mvc.perform(asAdmin(post("/admin/regions"))
                        .param("code", code)
                        .param("name", "测试县")
                        .param("level", "COUNTY")
                        .param("parentCode", city))
                .andExpect(redirectedUrl("/admin/regions"));
        assertThat(page(asAdmin(post("/admin/regions"))
                        .param("code", code)
                        .param("name", "重复")
                        .param("level", "COUNTY")))
                .contains("该区划代码已存在");
        assertThat(page(asAdmin(post("/admin/regions"))
                        .param("code", "4408")
                        .param("name", "x")
                        .param("level", "CITY")))
                .contains("区划代码为 6 位数字");

        mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "测试县人民医院")
                        .param("kind", "GENERAL_HOSPITAL")
                        .param("regionCode", code)
                        .param("grade", "二级甲等"))
                .andExpect(redirectedUrl("/admin/organizations"));
        Long hospital = jdbc.queryForObject(
                "select id from organization where name = '测试县人民医院' and region_code = ?", Long.class, code);

        String refused = page(asAdmin(post("/admin/organizations"))
                .param("name", "医务科")
                .param("kind", "DEPARTMENT")
                .param("regionCode", code));
        assertThat(refused).contains("科室/部门须选择所属医院", "value=\"医务科\"");

        mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "医务科")
                        .param("kind", "DEPARTMENT")
                        .param("regionCode", code)
                        .param("parentId", String.valueOf(hospital)))
                .andExpect(redirectedUrl("/admin/organizations"));
        assertThat(page(asAdmin(get("/admin/organizations")))).contains("测试县人民医院 医务科", "二级甲等");
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
                        .param("password", "寻乌中医院填报口令"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("寻乌中医院填报口令"))
                .andExpect(authenticated().withRoles("REPORTER"));
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, username))
                .isEqualTo("zhang@example.test");
        assertThat(page(asAdmin(post("/admin/users"))
                        .param("username", "mail" + System.nanoTime())
                        .param("displayName", "邮箱错误")
                        .param("email", "not-an-address")
                        .param("role", "VIEWER")
                        .param("organizationId", String.valueOf(organization))
                        .param("password", "足够长的一个口令")))
                .contains("请填写有效的电子邮箱地址");

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

        mvc.perform(asAdmin(post("/admin/users/{id}/password", id)).param("newPassword", "重新设置的口令一"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("Original-password-1")).andExpect(unauthenticated());
        mvc.perform(formLogin().user(username).password("重新设置的口令一")).andExpect(authenticated());

        long current = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        mvc.perform(asAdmin(post("/admin/users/{id}", id))
                        .param("username", username)
                        .param("displayName", "改名后")
                        .param("role", "REVIEWER")
                        .param("organizationId", String.valueOf(bureau))
                        .param("_enabled", "on") // the hidden marker of the unticked check box
                        .param("version", String.valueOf(current)))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(formLogin().user(username).password("重新设置的口令一")).andExpect(unauthenticated());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
