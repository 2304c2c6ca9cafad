package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Regions renamed, moved and given a corrected code by an administrator, stored in PostgreSQL. */
@WebMvcTest({RegionAdminController.class, OrganizationAdminController.class})
@AccountsWebSlice
class RegionAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    OrganizationService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorRenamesAndMovesACountyUnderAnotherCity() throws Exception {
        TestOrganizations.Area area = organizations.area();
        String otherCity = organizations.region("另一市", RegionLevel.CITY, area.provinceCode());
        assertThat(page(asAdmin(get("/admin/regions/{code}/edit", area.countyCode()))))
                .contains("value=\"" + area.countyName() + "\"", "（" + area.cityCode() + "）");

        mvc.perform(asAdmin(post("/admin/regions/{code}", area.countyCode()))
                        .param("code", area.countyCode())
                        .param("name", "改名后的县")
                        .param("level", "COUNTY")
                        .param("parentCode", "另一市（" + otherCity + "）"))
                .andExpect(redirectedUrl("/admin/regions"));

        assertThat(jdbc.queryForMap("select name, parent_code from region where code = ?", area.countyCode()))
                .containsEntry("name", "改名后的县")
                .containsEntry("parent_code", otherCity);
        assertThat(directory.regionTree().isWithin(area.countyCode(), otherCity))
                .isTrue();
        assertThat(directory.regionTree().isWithin(area.countyCode(), area.cityCode()))
                .isFalse();
    }

    @Test
    void aCorrectedCodeIsTakenOverByTheRegionsOrganisationsAndTheRegionsBelowIt() throws Exception {
        TestOrganizations.Area area = organizations.area();
        long hospital = organizations.hospitalIn(area.countyCode());
        String newCounty = TestOrganizations.newRegionCode();
        mvc.perform(asAdmin(post("/admin/regions/{code}", area.countyCode()))
                        .param("code", newCounty)
                        .param("name", area.countyName())
                        .param("level", "COUNTY")
                        .param("parentCode", area.cityCode()))
                .andExpect(redirectedUrl("/admin/regions"));
        assertThat(jdbc.queryForObject("select region_code from organization where id = ?", String.class, hospital))
                .isEqualTo(newCounty);
        assertThat(directory.find(hospital).orElseThrow().regionCode()).isEqualTo(newCounty);

        String newCity = TestOrganizations.newRegionCode();
        mvc.perform(asAdmin(post("/admin/regions/{code}", area.cityCode()))
                        .param("code", newCity)
                        .param("name", "改码市")
                        .param("level", "CITY")
                        .param("parentCode", area.provinceCode()))
                .andExpect(redirectedUrl("/admin/regions"));

        assertThat(jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, area.cityCode()))
                .isZero();
        assertThat(jdbc.queryForObject("select parent_code from region where code = ?", String.class, newCounty))
                .isEqualTo(newCity);
        assertThat(directory.regionTree().isWithin(newCounty, newCity)).isTrue();
        assertThat(page(asAdmin(get("/admin/regions").param("q", newCity)))).contains("改码市");
    }

    @Test
    void aRegionCannotMoveUnderItselfOrBelowItAndKeepsWhatWasTyped() throws Exception {
        TestOrganizations.Area area = organizations.area();
        String page = page(asAdmin(post("/admin/regions/{code}", area.cityCode()))
                .param("code", area.cityCode())
                .param("name", "循环市")
                .param("level", "CITY")
                .param("parentCode", area.countyCode()));
        assertThat(page).contains("上级区划不能是本区划或其下级区划。", "value=\"循环市\"", "value=\"" + area.countyCode() + "\"");
        assertThat(page(asAdmin(post("/admin/regions/{code}", area.cityCode()))
                        .param("code", area.cityCode())
                        .param("name", "自己")
                        .param("level", "CITY")
                        .param("parentCode", area.cityCode())))
                .contains("上级区划不能是本区划或其下级区划。");
        assertThat(jdbc.queryForObject("select parent_code from region where code = ?", String.class, area.cityCode()))
                .isEqualTo(area.provinceCode());
    }

    @Test
    void aTakenCodeAnUnknownParentAndAnUnknownRegionAreRefused() throws Exception {
        TestOrganizations.Area area = organizations.area();
        assertThat(page(asAdmin(post("/admin/regions/{code}", area.countyCode()))
                        .param("code", area.cityCode())
                        .param("name", "抢代码")
                        .param("level", "COUNTY")
                        .param("parentCode", area.cityCode())))
                .contains("该区划代码已存在。", "value=\"抢代码\"");
        assertThat(page(asAdmin(post("/admin/regions/{code}", area.countyCode()))
                        .param("code", area.countyCode())
                        .param("name", "无父")
                        .param("level", "COUNTY")
                        .param("parentCode", "没有的市")))
                .contains("未找到地区“没有的市”");
        assertThat(page(asAdmin(post("/admin/regions/{code}", area.countyCode()))
                        .param("code", "12")
                        .param("name", "短码")
                        .param("level", "COUNTY")))
                .contains("区划代码为 6 位数字");
        assertThat(jdbc.queryForObject("select name from region where code = ?", String.class, area.countyCode()))
                .isEqualTo(area.countyName());
        mvc.perform(asAdmin(get("/admin/regions/{code}/edit", "999999x"))).andExpect(status().isNotFound());
    }

    @Test
    void othersAreRefused() throws Exception {
        TestOrganizations.Area area = organizations.area();
        mvc.perform(post("/admin/regions/{code}", area.countyCode())
                        .with(user(SignedInUsers.of(Role.REVIEWER, 2, 1)))
                        .with(csrf())
                        .param("code", area.countyCode())
                        .param("name", "越权")
                        .param("level", "COUNTY"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/regions/{code}/edit", area.countyCode())).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select name from region where code = ?", String.class, area.countyCode()))
                .isEqualTo(area.countyName());
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(SignedInUsers.of(Role.ADMIN, 1, 1))).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
