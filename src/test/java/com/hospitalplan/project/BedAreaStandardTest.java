package com.hospitalplan.project;

import static com.hospitalplan.support.ScratchProjects.createdId;
import static com.hospitalplan.support.ScratchProjects.creationForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The bed-area standard an administrator enters (the product ships no figures of 建标110-2021) and the project page's
 * check of 床均建筑面积 against it, with the plan's rule it answers (seed 002: "床均建筑面积不小于《综合医院建设标准》
 * (建标110-2021)规定"). The bands are test figures. Real PostgreSQL and HTTP.
 */
@IntegrationTest
class BedAreaStandardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    BedAreaStandards standards;

    @AfterEach
    void removeBands() {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        standards.bands().forEach(band -> standards.remove(band.id(), admin));
    }

    @Test
    void aProjectsAreaPerBedIsCheckedAgainstTheBandTheAdministratorEnteredForItsBeds() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        Long projectId = projectWith(plan, planner, "224060", "2000");
        mvc.perform(post("/plans/{p}/indicators", plan.planId())
                        .with(user(planner))
                        .with(csrf())
                        .param("name", "床均建筑面积达到《综合医院建设标准》(建标110-2021)规定")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("valueKind", "YES_NO")
                        .param("target", "不小于《综合医院建设标准》(建标110-2021)规定"))
                .andExpect(status().is3xxRedirection());

        String unset = page(get("/projects/{id}", projectId).with(user(planner)));
        assertThat(section(unset)).contains("尚未设置该床位规模的标准", "床均建筑面积达到《综合医院建设标准》(建标110-2021)规定");

        mvc.perform(band("500", "", "110").with(user(planner))).andExpect(status().isForbidden());
        mvc.perform(band("500", "", "110").with(user(admin))).andExpect(status().is3xxRedirection());
        String met = page(get("/projects/{id}", projectId).with(user(planner)));
        assertThat(section(met)).contains("不低于标准", "112.03 ㎡/床，2,000 张床：标准不低于 110 ㎡/床", "推算");

        standards.bands().forEach(b -> standards.remove(b.id(), admin));
        mvc.perform(band("1000", "", "115").with(user(admin))).andExpect(status().is3xxRedirection());
        String below = page(get("/projects/{id}", projectId).with(user(planner)));
        assertThat(section(below)).contains("低于标准", "标准不低于 115 ㎡/床").doesNotContain("不低于标准</span>");
    }

    @Test
    void aBandTheStandardCannotHaveIsRefusedWithEverythingTyped() throws Exception {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        mvc.perform(band("200", "499", "110").with(user(admin))).andExpect(status().is3xxRedirection());

        String overlap = mvc.perform(band("400", "800", "112.5").with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overlap).contains("该区间与已有区间重叠", "value=\"400\"", "value=\"800\"", "value=\"112.5\"");
        String reversed = page(band("900", "800", "1").with(user(admin)));
        assertThat(reversed).contains("上限不能小于下限");
        String english = page(band("900", "", "0").param("lang", "en").with(user(admin)));
        assertThat(english).contains("Enter an area above 0 with at most two decimals");
        assertThat(standards.bands())
                .singleElement()
                .satisfies(b -> assertThat(b.minBeds()).isEqualTo(200));
    }

    private static String section(String page) {
        int start = page.indexOf("id=\"bed-area-check\"");
        assertThat(start).isNotNegative();
        return page.substring(start, page.indexOf("id=\"stages\"", start));
    }

    private static MockHttpServletRequestBuilder band(String min, String max, String area) {
        return post("/admin/bed-area-standard")
                .with(csrf())
                .param("minBeds", min)
                .param("maxBeds", max)
                .param("areaPerBed", area);
    }

    private Long projectWith(ScratchPlans.Ids plan, SignedInUser planner, String area, String beds) throws Exception {
        Long projectId = createdId(mvc.perform(creationForm(plan, "新院区").with(user(planner)))
                .andExpect(status().is3xxRedirection())
                .andReturn());
        mvc.perform(post("/projects/{id}/specifications", projectId)
                        .with(user(planner))
                        .with(csrf())
                        .param("version", "0")
                        .param("rows[0].measure", "GROSS_FLOOR_AREA")
                        .param("rows[0].unit", "㎡")
                        .param("rows[0].planned", area)
                        .param("rows[1].measure", "BEDS")
                        .param("rows[1].unit", "张")
                        .param("rows[1].planned", beds))
                .andExpect(status().is3xxRedirection());
        return projectId;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
