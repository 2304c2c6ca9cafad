package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hospital plan naming its responsible departments and a bureau, and its basis document: uploaded, reviewed (a unit
 * matched, one chosen instead, one dropped, a proposed department accepted), confirmed; the plan has the
 * responsibilities and the basis document the planner left.
 */
@IntegrationTest
class DocumentUnitsFlowTest {

    private static final String DOCUMENT = String.join(
            "\n",
            "医院发展规划（2024—2026年）",
            "根据《国务院办公厅关于推动公立医院高质量发展的意见》（国办发〔2021〕18号）要求，制定本规划。",
            "一、重点任务",
            "（一）提升医疗质量。落实核心制度。（医务部牵头，质控办、县卫健局配合）",
            "（二）加强人才建设。到2026年，高层次人才达到20人以上。（责任单位：人事科、市人社局）");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    private long hospital;
    private long medical;
    private long science;
    private long bureau;
    private DraftLayout layout;

    @BeforeEach
    void directory() {
        String county = organizations.area().countyCode();
        hospital = organizations.hospitalIn(county);
        medical = organizations.named("医务部", OrganizationKind.DEPARTMENT, county, hospital);
        science = organizations.named("科教科", OrganizationKind.DEPARTMENT, county, hospital);
        bureau = organizations.named("测试县卫生健康局", OrganizationKind.HEALTH_BUREAU, county, null);
        layout = new DraftLayout(new PlanDraftExtractor().extract(DOCUMENT));
    }

    private String keyOf(String goalTitle) {
        return layout.entries().stream()
                .filter(e -> e.item() instanceof DraftGoal g && g.title().equals(goalTitle))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private String upload(SignedInUser user) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/plans/document-import")
                        .param("text", DOCUMENT)
                        .with(user(user))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private long confirm(String review, SignedInUser user, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(review).with(user(user)).with(csrf());
        for (int s = 0; s < layout.sectionCount(); s++) {
            request.param("section", String.valueOf(s));
        }
        layout.entries().forEach(e -> request.param("item", e.key()));
        fields.forEach(request::param);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).matches("/plans/\\d+");
        return Long.parseLong(response.getRedirectedUrl().substring("/plans/".length()));
    }

    private List<Map<String, Object>> unitsOfGoal(long planId, String title) {
        return jdbc.queryForList(
                "select r.organization_id, r.is_leading from responsibility r join goal g on g.id = r.goal_id"
                        + " where g.plan_id = ? and g.title = ? order by r.position",
                planId,
                title);
    }

    @Test
    void theReviewShowsEachUnitsMatchAndTheConfirmedPlanHasTheResponsibilitiesAndBasisChosen() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, hospital);
        String review = upload(planner);
        String quality = keyOf("提升医疗质量");
        String talents = keyOf("加强人才建设");

        String page = mvc.perform(get(review).with(user(planner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("name=\"org." + quality + ".0\"")
                .contains("已匹配 ")
                .contains("建议新建部门")
                .contains("国务院办公厅关于推动公立医院高质量发展的意见")
                .contains("name=\"basisNumber.0\"");

        // accept the first section with 质控办 as a new department: a planner creates no organisation
        MockHttpServletResponse decided = mvc.perform(post(review + "/sections/1")
                        .param("decision", "ACCEPTED")
                        .param("item", layout.keysOf(1).toArray(String[]::new))
                        .param("org." + quality + ".1", "new")
                        .param("org." + talents + ".0", String.valueOf(science))
                        .param("org." + talents + ".1", "drop")
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(decided.getStatus()).isEqualTo(302);

        long planId = confirm(
                review,
                planner,
                Map.of(
                        "basisShown", "1",
                        "basis", "0",
                        "basisTitle.0", "关于推动公立医院高质量发展的意见",
                        "basisNumber.0", "国办发〔2021〕18号"));

        assertThat(unitsOfGoal(planId, "提升医疗质量"))
                .extracting(r -> r.get("organization_id"), r -> r.get("is_leading"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(medical, true),
                        org.assertj.core.groups.Tuple.tuple(bureau, false));
        assertThat(jdbc.queryForObject(
                        "select description from goal where plan_id = ? and title = ?", String.class, planId, "提升医疗质量"))
                .contains("质控办（建议新建部门）");
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name = '质控办' and parent_id = ?", Long.class, hospital))
                .isZero();
        assertThat(unitsOfGoal(planId, "加强人才建设"))
                .extracting(r -> r.get("organization_id"), r -> r.get("is_leading"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(science, true));
        assertThat(jdbc.queryForObject("select note from indicator where plan_id = ?", String.class, planId))
                .as("the indicator's units were left as proposed: 人事科 is only proposed, so noted")
                .contains("人事科");
        assertThat(jdbc.queryForList(
                        "select title, number from plan_basis_document where plan_id = ? order by position", planId))
                .containsExactly(Map.of("title", "关于推动公立医院高质量发展的意见", "number", "国办发〔2021〕18号"));
    }

    @Test
    void thePlansTitleIssuerAndPeriodAreTakenAsTypedAndAPeriodThatIsNoneIsRefusedWithTheTypingKept() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, hospital);
        String review = upload(planner);
        String page = mvc.perform(get(review).with(user(planner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"医院发展规划（2024—2026年）\"").contains("value=\"2024\"");

        MockHttpServletRequestBuilder refused = post(review).with(user(planner)).with(csrf());
        refused.param("factsShown", "1")
                .param("factTitle", "测试医院发展规划")
                .param("factIssuer", "")
                .param("factStart", "2027")
                .param("factEnd", "2o26");
        MockHttpServletResponse answer = mvc.perform(refused).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8))
                .contains("请填写 1900 至 2100 之间的四位年份")
                .contains("value=\"2o26\"")
                .contains("value=\"测试医院发展规划\"");

        long planId = confirm(
                review,
                planner,
                Map.of(
                        "factsShown", "1",
                        "factTitle", "测试医院发展规划",
                        "factIssuer", "测试医院",
                        "factStart", "2025",
                        "factEnd", "2027"));

        assertThat(jdbc.queryForMap("select title, issuer, start_year, end_year from plan where id = ?", planId))
                .containsEntry("title", "测试医院发展规划")
                .containsEntry("issuer", "测试医院")
                .containsEntry("start_year", 2025)
                .containsEntry("end_year", 2027);
    }

    @Test
    void anIndicatorsYearTypedOnTheReviewPageReachesItsSavedTarget() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, hospital);
        String review = upload(planner);
        String indicator = layout.entries().stream()
                .filter(e -> e.kind().equals("INDICATOR"))
                .findFirst()
                .orElseThrow()
                .key();
        assertThat(((DraftIndicator) layout.entry(indicator).item()).targetYear())
                .isEqualTo(2026);

        long planId = confirm(review, planner, Map.of("year." + indicator, "2025"));

        Map<String, Object> saved = jdbc.queryForMap(
                "select target_text, target_reading::text as reading, target_read_by from indicator where plan_id = ?",
                planId);
        assertThat(saved.get("target_text")).isEqualTo("20人以上");
        assertThat((String) saved.get("reading")).contains("\"targetYear\":2025");
        assertThat(saved.get("target_read_by")).isEqualTo("PLANNER");
    }

    @Test
    void anAdministratorsAcceptedDepartmentIsCreatedUnderTheOwnerAndADroppedBasisIsNotSaved() throws Exception {
        SignedInUser admin = accounts.signedIn(Role.ADMIN, hospital);
        String review = upload(admin);
        String quality = keyOf("提升医疗质量");

        long planId = confirm(
                review,
                admin,
                Map.of(
                        "org." + quality + ".1",
                        "new",
                        "basisShown",
                        "1",
                        "basisTitle.0",
                        "国务院办公厅关于推动公立医院高质量发展的意见",
                        "basisNumber.0",
                        "国办发〔2021〕18号"));

        Long created = jdbc.queryForObject(
                "select id from organization where name = '质控办' and parent_id = ? and kind = 'DEPARTMENT'",
                Long.class,
                hospital);
        assertThat(unitsOfGoal(planId, "提升医疗质量"))
                .extracting(r -> r.get("organization_id"))
                .containsExactly(medical, created, bureau);
        assertThat(jdbc.queryForObject(
                        "select count(*) from plan_basis_document where plan_id = ?", Long.class, planId))
                .isZero();
    }
}
