package com.hospitalplan.levelscale;

import static com.hospitalplan.plan.IndicatorDefinitionBuilder.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Level scales managed by a system administrator on the admin pages. */
@IntegrationTest
class LevelScaleAdminTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    LevelScales levelScales;

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    TestAccounts accounts;

    private Long hospital;
    private SignedInUser admin;
    private SignedInUser planner;

    /** A system administrator made for this test. */
    private SignedInUser admin() {
        if (admin == null) {
            admin = accounts.signedIn(Role.ADMIN, hospital());
        }
        return admin;
    }

    /** A planner of this test's hospital. */
    private SignedInUser planner() {
        if (planner == null) {
            planner = accounts.signedIn(Role.PLANNER, hospital());
        }
        return planner;
    }

    /** A hospital made for this test. */
    private long hospital() {
        if (hospital == null) {
            hospital = organizations.hospitalIn(organizations.area().countyCode());
        }
        return hospital;
    }

    @Test
    void anAdministratorAddsAScaleThatPlannersThenFind() throws Exception {
        String key = newKey();
        String name = "优质服务基层行" + key;

        mvc.perform(as(admin(), post("/admin/level-scales"))
                        .param("key", key)
                        .param("name", name)
                        .param("grades", "基本标准\n\n 推荐标准 \n社区医院"))
                .andExpect(redirectedUrl("/admin/level-scales"));

        LevelScale added = levelScales.byKey(key);
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.levels()).containsExactly("基本标准", "推荐标准", "社区医院");
        assertThat(levelScales.catalog().guess("社区医院")).isEqualTo(added);
        assertThat(page(as(admin(), get("/admin/level-scales")))).contains(name, "基本标准 &lt; 推荐标准 &lt; 社区医院");
        // the indicator form and the plan workbook offer it
        assertThat(page(as(admin(), get("/plans/" + plan(key) + "/indicators/new"))))
                .contains("value=\"" + key + "\"", name + "（基本标准、推荐标准、社区医院）");
        byte[] template = mvc.perform(as(planner(), get("/plans/workbook-template.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(cells(workbook.getSheet("选项"))).contains(name, "电子病历应用水平");
        }
    }

    @Test
    void aKeyOrNameTakenOrRepeatedGradesAreRefusedKeepingWhatWasTyped() throws Exception {
        String refused = page(as(admin(), post("/admin/level-scales"))
                .param("key", "EMR")
                .param("name", "新等级表" + newKey())
                .param("grades", "甲\n乙"));
        assertThat(refused).contains("该标识已被其他等级表使用", "value=\"EMR\"", "甲\n乙");

        assertThat(page(as(admin(), post("/admin/level-scales"))
                        .param("key", newKey())
                        .param("name", "电子病历应用水平")
                        .param("grades", "甲")))
                .contains("该名称已被其他等级表使用");
        assertThat(page(as(admin(), post("/admin/level-scales"))
                        .param("key", newKey())
                        .param("name", "重复" + newKey())
                        .param("grades", "七级\n7级")))
                .contains("“七级”与“7级”是同一等级");
        assertThat(page(as(admin(), post("/admin/level-scales"))
                        .param("key", "lower_case")
                        .param("name", "x")
                        .param("grades", "甲")))
                .contains("标识只能包含大写字母");
    }

    @Test
    void anAdministratorRenamesAndReordersAScaleButItsKeyStays() throws Exception {
        String key = created("甲\n乙");

        mvc.perform(as(admin(), post("/admin/level-scales/" + key))
                        .param("key", "OTHER_KEY")
                        .param("name", "改名" + key)
                        .param("grades", "乙\n甲\n丙")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/level-scales"));

        assertThat(levelScales.byKey(key).levels()).containsExactly("乙", "甲", "丙");
        assertThat(levelScales.byKey(key).name()).isEqualTo("改名" + key);
        assertThat(levelScales.byKey("OTHER_KEY")).isNull();
        assertThat(page(as(admin(), get("/admin/level-scales/" + key + "/edit"))))
                .contains("改名" + key)
                .doesNotContain("name=\"key\"");
    }

    @Test
    void aGradeAnIndicatorUsesCannotBeRemovedInEitherLanguage() throws Exception {
        String key = created("甲\n乙\n丙");
        indicatorOn(key, "乙");

        String chinese = page(as(admin(), post("/admin/level-scales/" + key))
                .param("name", "减等级" + key)
                .param("grades", "甲\n丙")
                .param("version", "0"));
        assertThat(chinese).contains("等级 乙 已被指标或填报使用，不能删除或改名", "减等级" + key, "甲\n丙");
        String english = page(as(admin(), post("/admin/level-scales/" + key))
                .param("lang", "en")
                .param("name", "减等级" + key)
                .param("grades", "甲\n乙二\n丙")
                .param("version", "0"));
        assertThat(english).contains("The grades 乙 are used by indicators or reports", "甲\n乙二\n丙");
        assertThat(levelScales.byKey(key).levels()).containsExactly("甲", "乙", "丙");

        // what is not used may go, and a grade may be added
        mvc.perform(as(admin(), post("/admin/level-scales/" + key))
                        .param("name", "减等级" + key)
                        .param("grades", "乙\n丙\n丁")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/level-scales"));
        assertThat(levelScales.byKey(key).levels()).containsExactly("乙", "丙", "丁");
    }

    @Test
    void aStaleEditFromASecondTabIsAConflictThatKeepsTheInput() throws Exception {
        String key = created("甲\n乙");
        mvc.perform(as(admin(), post("/admin/level-scales/" + key))
                        .param("name", "第一个标签页" + key)
                        .param("grades", "甲\n乙\n丙")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/level-scales"));

        String conflict = mvc.perform(as(admin(), post("/admin/level-scales/" + key))
                        .param("name", "第二个标签页" + key)
                        .param("grades", "甲\n乙\n丁")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(conflict)
                .contains("保存前该等级表已被他人修改", "第二个标签页" + key, "甲\n乙\n丁", "甲 &lt; 乙 &lt; 丙")
                .contains("name=\"version\" value=\"1\"");
        assertThat(levelScales.byKey(key).levels()).containsExactly("甲", "乙", "丙");
    }

    @Test
    void onlyAdministratorsManageScales() throws Exception {
        mvc.perform(as(planner(), get("/admin/level-scales"))).andExpect(status().isForbidden());
        mvc.perform(as(planner(), post("/admin/level-scales"))
                        .param("key", newKey())
                        .param("name", "规划人员的等级表")
                        .param("grades", "甲"))
                .andExpect(status().isForbidden());
        mvc.perform(as(planner(), post("/admin/level-scales/EMR"))
                        .param("name", "x")
                        .param("grades", "甲")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as(admin(), get("/admin/level-scales/NO_SUCH_SCALE/edit"))).andExpect(status().isNotFound());
        assertThat(page(as(admin(), get("/admin/level-scales")))).contains("href=\"/admin/level-scales\"");
    }

    private String created(String grades) throws Exception {
        String key = newKey();
        mvc.perform(as(admin(), post("/admin/level-scales"))
                        .param("key", key)
                        .param("name", "测试等级表" + key)
                        .param("grades", grades))
                .andExpect(redirectedUrl("/admin/level-scales"));
        return key;
    }

    /** A level indicator of a fresh plan on scale {@code key} with the baseline {@code baseline}. */
    private void indicatorOn(String key, String baseline) {
        SignedInUser admin = admin();
        content.addIndicator(
                plan(key),
                new PlanCommands.SaveIndicator(
                        null,
                        indicator("1", "测试等级指标")
                                .levels(key)
                                .baselineLevel(baseline, 2023)
                                .build(),
                        null,
                        "丙",
                        null,
                        List.of(),
                        hospital(),
                        List.of(),
                        null,
                        null),
                admin);
    }

    /** A fresh draft plan of this test's hospital. */
    private Long plan(String name) {
        SignedInUser admin = admin();
        long hospital = hospital();
        return plans.create(
                new PlanCommands.SavePlan(
                        "等级表测试 " + name,
                        "测试医院",
                        2024,
                        2026,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        hospital,
                        List.of(hospital),
                        List.of()),
                admin);
    }

    private static List<String> cells(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
        return texts;
    }

    private static String newKey() {
        return "TEST_" + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
    }

    private MockHttpServletRequestBuilder as(SignedInUser account, MockHttpServletRequestBuilder request) {
        return request.with(user(account)).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
