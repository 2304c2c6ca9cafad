package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.hospitalplan.security.AccountsWebSlice;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Regions and organisations added by a system administrator and stored in PostgreSQL; the pages alone, with the
 * service mocked, are shown in {@link OrganizationAdminWebTest}.
 */
@WebMvcTest({OrganizationAdminController.class, RegionAdminController.class})
@AccountsWebSlice
class OrganizationAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

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

        mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "测试县人民医院")
                        .param("kind", "GENERAL_HOSPITAL")
                        .param("regionCode", code)
                        .param("grade", "二级甲等"))
                .andExpect(redirectedUrl("/admin/organizations"));
        Long hospital = jdbc.queryForObject(
                "select id from organization where name = '测试县人民医院' and region_code = ?", Long.class, code);

        mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "医务科")
                        .param("kind", "DEPARTMENT")
                        .param("regionCode", code)
                        .param("parentId", String.valueOf(hospital)))
                .andExpect(redirectedUrl("/admin/organizations"));
        assertThat(page(asAdmin(get("/admin/organizations").param("q", "测试县人民医院"))))
                .contains("测试县人民医院 医务科", "二级甲等");
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(SignedInUsers.of(Role.ADMIN, 1, 1))).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
