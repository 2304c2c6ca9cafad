package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.RegionLevel;
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
 * A city's plan with targets stated for every county and every county-level hospital (seed 004's wording) and a year
 * for each: uploaded by the city bureau's planner, the split shown on the review page, confirmed with the city as
 * coverage. Each such target becomes one indicator per county (its health bureau reporting) or per county-level
 * hospital, each with the year the document states; without coverage it stays one indicator with a note.
 */
@IntegrationTest
class DistributedTargetsFlowTest {

    private static final String DOCUMENT = String.join(
            "\n",
            "测试市全面提升县级医院综合能力实施方案（2020-2021年）",
            "二、工作目标",
            // seed 004 (湛江市全面提升县级医院综合能力实施方案), 二、（二） and （四）
            "（二）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；",
            "（四）至2020年底，所有县级医院建成标准化HIS系统、电子病历、PACS医学影像、LIS检验系统、健康体检、传染病管理、临床路径等管理信息系统。",
            "三、主要任务",
            // seed 004, 二、（三), the pilot counties left out
            "（一）2020年底前，力争县域内就诊率达到90%左右。");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganizations organizations;

    private TestOrganizations.Area area;
    private String otherCounty;
    private long cityBureau;
    private long bureau;
    private long otherBureau;
    private long hospital;
    private long otherHospital;
    private DraftLayout layout;

    @BeforeEach
    void directory() {
        area = organizations.area();
        otherCounty = organizations.region("测试乙县", RegionLevel.COUNTY, area.cityCode());
        cityBureau = organizations.named("测试市卫生健康局", OrganizationKind.HEALTH_BUREAU, area.cityCode(), null);
        bureau = organizations.named("测试县卫生健康局", OrganizationKind.HEALTH_BUREAU, area.countyCode(), null);
        otherBureau = organizations.named("测试乙县卫生健康局", OrganizationKind.HEALTH_BUREAU, otherCounty, null);
        hospital = organizations.hospitalIn(area.countyCode());
        otherHospital = organizations.hospitalIn(otherCounty);
        layout = new DraftLayout(new PlanDraftExtractor().extract(DOCUMENT));
    }

    private String keyOf(String targetText) {
        return layout.entries().stream()
                .filter(e ->
                        e.item() instanceof DraftIndicator i && i.targetText().startsWith(targetText))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private String upload(SignedInUser planner) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/plans/document-import")
                        .param("text", DOCUMENT)
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private long confirm(String review, SignedInUser planner, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(review).with(user(planner)).with(csrf());
        for (int s = 0; s < layout.sectionCount(); s++) {
            request.param("section", String.valueOf(s));
        }
        layout.entries().forEach(e -> request.param("item", e.key()));
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).matches("/plans/\\d+");
        return Long.parseLong(response.getRedirectedUrl().substring("/plans/".length()));
    }

    private List<Map<String, Object>> indicators(long planId, String nameLike) {
        return jdbc.queryForList(
                "select i.id, i.name, i.target_text, i.target_reading::text as reading, i.target_read_by, i.note,"
                        + " (select r.organization_id from responsibility r where r.indicator_id = i.id and r.is_leading)"
                        + " as leading from indicator i where i.plan_id = ? and (i.name like ? or i.target_text like ?)"
                        + " order by i.position",
                planId,
                nameLike,
                nameLike);
    }

    @Test
    void aTargetForEveryCountyOrCountyHospitalIsEnteredForEachOneTheChosenCityCovers() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, cityBureau);
        String review = upload(planner);
        String perCounty = keyOf("至少有一家县级医院");
        String perHospital = keyOf("所有县级医院建成");

        String page = mvc.perform(get(review).with(user(planner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"split-" + perCounty + "\"")
                .contains("按县拆分")
                .contains("按县级医院拆分")
                .contains("name=\"coverRegion\"")
                .contains("value=\"" + area.cityCode() + "\"")
                .contains("value=\"" + otherCounty + "\"")
                .contains("value=\"" + hospital + "\"");

        long planId = confirm(
                review, planner, Map.of("coverageShown", List.of("1"), "coverRegion", List.of(area.cityCode())));

        assertThat(jdbc.queryForList(
                        "select region_code from plan_coverage where plan_id = ? and region_code is not null",
                        String.class,
                        planId))
                .containsExactly(area.cityCode());
        List<Map<String, Object>> counties = indicators(planId, "%二级甲等%");
        assertThat(counties).hasSize(2);
        assertThat(counties).extracting(r -> r.get("leading")).containsExactlyInAnyOrder(bureau, otherBureau);
        assertThat(counties)
                .extracting(r -> (String) r.get("name"))
                .anySatisfy(name -> assertThat(name).endsWith("（" + area.countyName() + "）"))
                .anySatisfy(name -> assertThat(name).contains("测试乙县"));
        assertThat(counties).allSatisfy(r -> {
            assertThat(r.get("target_text")).isEqualTo("到2019年至少有一家县级医院达到二级甲等医院");
            assertThat((String) r.get("reading")).contains("\"targetYear\":2019");
            assertThat(r.get("target_read_by")).isEqualTo("PARSER");
            assertThat((String) r.get("note")).contains("每个县").contains("拆分为2个指标");
        });
        List<Map<String, Object>> hospitals = indicators(planId, "%HIS%");
        assertThat(hospitals).extracting(r -> r.get("leading")).containsExactlyInAnyOrder(hospital, otherHospital);
        assertThat(hospitals)
                .allSatisfy(r -> assertThat((String) r.get("reading")).contains("\"targetYear\":2020"));
    }

    @Test
    void withoutCountiesInTheCoverageTheTargetStaysOneWithANoteAndTheDocumentsYearReachesEveryTarget()
            throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, cityBureau);
        String review = upload(planner);
        String visits = keyOf("90%左右");

        // a hospital of another city is not the planner's to cover: ignored
        long foreign = organizations.hospitalIn(organizations.area().countyCode());
        long planId = confirm(
                review,
                planner,
                Map.of(
                        "coverageShown",
                        List.of("1"),
                        "coverOrg",
                        List.of(String.valueOf(foreign)),
                        "year." + visits,
                        List.of("2020")));

        List<Map<String, Object>> counties = indicators(planId, "%二级甲等%");
        assertThat(counties).singleElement().satisfies(r -> {
            assertThat(r.get("leading")).isNull();
            assertThat((String) r.get("note")).contains("每个县").contains("没有可拆分的县或机构");
            assertThat((String) r.get("reading")).contains("\"targetYear\":2019");
        });
        assertThat(jdbc.queryForObject("select count(*) from plan_coverage where plan_id = ?", Long.class, planId))
                .isZero();
        // the year the document states, not typed over: in the wording the parser reads
        Map<String, Object> visitRate = indicators(planId, "%就诊率%").get(0);
        assertThat(visitRate.get("target_text")).isEqualTo("到2020年90%左右");
        assertThat(visitRate.get("target_read_by")).isEqualTo("PARSER");
        assertThat((String) visitRate.get("reading")).contains("\"targetYear\":2020");
    }

    @Test
    void aYearTypedOnTheReviewPageWinsOverTheDocumentsYear() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, cityBureau);
        String review = upload(planner);
        String visits = keyOf("90%左右");

        long planId = confirm(review, planner, Map.of("year." + visits, List.of("2021")));

        Map<String, Object> visitRate = indicators(planId, "%就诊率%").get(0);
        assertThat(visitRate.get("target_text")).isEqualTo("90%左右");
        assertThat(visitRate.get("target_read_by")).isEqualTo("PLANNER");
        assertThat((String) visitRate.get("reading")).contains("\"targetYear\":2021");
    }

    @Test
    void replacingADraftsContentSplitsByTheDraftsOwnCoverage() throws Exception {
        SignedInUser planner = accounts.signedIn(Role.PLANNER, cityBureau);
        long draftId = confirm(
                upload(planner),
                planner,
                Map.of("coverageShown", List.of("1"), "coverRegion", List.of(area.countyCode(), otherCounty)));
        assertThat(indicators(draftId, "%二级甲等%")).hasSize(2);

        MockHttpServletResponse uploaded = mvc.perform(post("/plans/" + draftId + "/document-import")
                        .param("text", DOCUMENT)
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        String review = uploaded.getRedirectedUrl();
        assertThat(mvc.perform(get(review).with(user(planner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("沿用草稿自身的覆盖范围")
                .doesNotContain("name=\"coverRegion\"");

        // a coverage posted anyway is not the draft's: ignored
        long replaced = confirm(review, planner, Map.of("coverageShown", List.of("1"), "coverRegion", List.of()));

        assertThat(replaced).isEqualTo(draftId);
        assertThat(indicators(draftId, "%二级甲等%"))
                .extracting(r -> r.get("leading"))
                .containsExactlyInAnyOrder(bureau, otherBureau);
        assertThat(jdbc.queryForList("select region_code from plan_coverage where plan_id = ?", String.class, draftId))
                .containsExactlyInAnyOrder(area.countyCode(), otherCounty);
    }
}
