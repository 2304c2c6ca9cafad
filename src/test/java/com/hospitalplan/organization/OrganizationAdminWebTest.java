package com.hospitalplan.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import com.hospitalplan.shared.PageLinks;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.SignedInUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisation and region admin pages alone, behind the real security chain, with the service mocked. */
@WebMvcTest({OrganizationAdminController.class, RegionAdminController.class})
@SecuredWebSlice
@Import(PageLinks.class)
class OrganizationAdminWebTest {

    private static final SignedInUser ADMIN = SignedInUsers.of(Role.ADMIN, 1, 10);
    private static final SignedInUser PLANNER = SignedInUsers.of(Role.PLANNER, 2, 10);
    private static final OrganizationView HOSPITAL = new OrganizationView(
            20L, "测试人民医院", OrganizationKind.GENERAL_HOSPITAL, "900003", "测试县", null, null, "二级甲等", 0);

    @Autowired
    MockMvc mvc;

    private static final RegionView COUNTY = new RegionView("900003", "测试县", RegionLevel.COUNTY, "900002");

    @MockitoBean
    OrganizationService organizations;

    @MockitoBean
    OrganizationFinder finder;

    @BeforeEach
    void directory() {
        when(organizations.all()).thenReturn(List.of(HOSPITAL));
        when(organizations.regions()).thenReturn(List.of(COUNTY));
        when(organizations.regionTree()).thenReturn(RegionTree.of(java.util.Map.of(), java.util.Map.of()));
        when(finder.regions(any())).thenReturn(List.of(COUNTY));
        when(finder.typedRegion("900003")).thenReturn(java.util.Optional.of(COUNTY));
        when(finder.search(any(), anyInt(), anyInt())).thenReturn(new Paged<>(List.of(HOSPITAL), 1, 50, 1));
    }

    @Test
    void anAdministratorSeesTheOrganisations() throws Exception {
        String page = mvc.perform(get("/admin/organizations").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/organizations/list"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("机构管理", "所在地区", "测试人民医院", "二级甲等", "测试县（900003）");
    }

    @Test
    void otherRolesAndStrangersAreRefused() throws Exception {
        mvc.perform(get("/admin/organizations").with(user(PLANNER))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organizations")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/organizations")
                        .with(user(ADMIN))
                        .with(csrf().useInvalidToken())
                        .param("name", "伪造令牌"))
                .andExpect(status().isForbidden());
        verify(organizations, never()).addOrganization(any());
    }

    @Test
    void aDepartmentWithoutItsHospitalIsShownAgainWithTheReasonsInChinese() throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "医务科")
                        .param("kind", "DEPARTMENT")
                        .param("regionCode", "900003"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/organizations/form"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "parent", "admin.organizations.departmentNeedsParent"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("科室/部门须选择所属医院。", "value=\"医务科\"");
        String empty = mvc.perform(asAdmin(post("/admin/organizations")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("请填写机构名称。", "请选择机构类型。", "请选择所在地区。");
        verify(organizations, never()).addOrganization(any());
    }

    @Test
    void aValidOrganisationIsAddedAndTheListShownAgain() throws Exception {
        mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", " 测试中医院 ")
                        .param("kind", "TCM_HOSPITAL")
                        .param("regionCode", "900003")
                        .param("grade", ""))
                .andExpect(redirectedUrl("/admin/organizations"))
                .andExpect(flash().attribute("success", "admin.organizations.saved"));
        verify(organizations)
                .addOrganization(new OrganizationCommand("测试中医院", OrganizationKind.TCM_HOSPITAL, "900003", null, null));
    }

    @Test
    void aRefusalOfTheServiceIsShownOnTheForm() throws Exception {
        when(organizations.addOrganization(any()))
                .thenThrow(new OrganizationConflictException("admin.organizations.parentIsDepartment"));
        String page = mvc.perform(asAdmin(post("/admin/organizations"))
                        .param("name", "下级")
                        .param("kind", "DEPARTMENT")
                        .param("regionCode", "900003")
                        .param("parentId", "21"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/organizations/form"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("上级机构不能是科室/部门。");
    }

    @Test
    void anUnknownOrganisationIsNotFound() throws Exception {
        mvc.perform(get("/admin/organizations/{id}/edit", 404).with(user(ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRegionCodeMustHaveSixDigits() throws Exception {
        String page = mvc.perform(asAdmin(post("/admin/regions"))
                        .param("code", "4408")
                        .param("name", "测试市")
                        .param("level", "CITY"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/regions/list"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("区划代码为 6 位数字", "<td>900003</td>", "（900002）");
        verify(organizations, never()).addRegion(any(), any(), any(), any());
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(ADMIN)).with(csrf());
    }
}
