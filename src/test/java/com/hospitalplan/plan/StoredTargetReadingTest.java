package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.Measure;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import com.hospitalplan.user.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A target is read once, when it is saved: the reading is stored with the parser's version, and every read uses it.
 * When the current parser reads the wording differently, nothing changes until a planner accepts it.
 */
@IntegrationTest
class StoredTargetReadingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void savingATargetStoresItsReadingWithTheParserVersion() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Map<String, Object> row = jdbc.queryForMap(
                "select target_text, target_reading, target_read_by, target_parser_version from indicator where id = ?",
                plan.indicatorId());
        assertThat(row.get("target_read_by")).isEqualTo("PARSER");
        assertThat(row.get("target_parser_version")).isEqualTo(TargetParser.VERSION);
        Target stored = StoredTarget.target((String) row.get("target_reading"));
        assertThat(stored.measure()).isEqualTo(Measure.LATEST_VALUE);
        assertThat(stored.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(stored.value()).isEqualByComparingTo("35");
        assertThat(stored.text()).isEqualTo(row.get("target_text"));

        Map<String, Object> yearly = jdbc.queryForMap(
                "select target_reading, target_parser_version from indicator_yearly_target where indicator_id = ?",
                plan.indicatorId());
        Target year2023 = StoredTarget.target((String) yearly.get("target_reading"));
        assertThat(year2023.value()).isEqualByComparingTo("32");
        assertThat(year2023.targetYear()).isEqualTo(2023);
        assertThat(yearly.get("target_parser_version")).isEqualTo(TargetParser.VERSION);
    }

    @Test
    void pagesAndReportsUseTheStoredReadingUntilAPlannerAcceptsTheNewOne() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        // as an older parser might have read "≥35%": at least 30
        Target older = Target.builder(Measure.LATEST_VALUE, Bound.AT_LEAST)
                .value(new BigDecimal("30"))
                .unit("%")
                .text("≥35%")
                .build();
        jdbc.update(
                "update indicator set target_reading = ?, target_parser_version = 1 where id = ?",
                StoredTarget.write(older),
                plan.indicatorId());

        IndicatorView shown = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0);
        assertThat(shown.target().value()).isEqualByComparingTo("30");
        assertThat(shown.targetParserVersion()).isEqualTo(1);
        assertThat(plans.reportingScope(plan.planId())
                        .indicators()
                        .get(0)
                        .target()
                        .value())
                .isEqualByComparingTo("30");

        String review = mvc.perform(
                        get("/plans/{id}/readings", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review).contains("change-" + plan.indicatorId(), "最新值≥30%", "最新值≥35%");

        mvc.perform(post("/plans/{p}/readings/{i}", plan.planId(), plan.indicatorId())
                        .param("version", String.valueOf(shown.version()))
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        IndicatorView accepted = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0);
        assertThat(accepted.target().value()).isEqualByComparingTo("35");
        assertThat(accepted.targetParserVersion()).isEqualTo(TargetParser.VERSION);
        String after = mvc.perform(
                        get("/plans/{id}/readings", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("id=\"no-changes\"");
    }

    @Test
    void thePlanPageWarnsItsPlannersWhereAStoredReadingDoesNotFitTheIndicator() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Target yesNo = Target.builder(Measure.ACHIEVEMENT, Bound.YES)
                .reference("通过国家认证")
                .text("≥35%")
                .build();
        jdbc.update(
                "update indicator set target_reading = ? where id = ?", StoredTarget.write(yesNo), plan.indicatorId());
        String planner = mvc.perform(get("/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(planner).contains("目标是“是否完成”，但该指标按百分比填报");
        String reader = mvc.perform(get("/plans/{id}", plan.planId())
                        .with(user(accounts.signedIn(Role.REPORTER, plan.hospitalId()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(reader).doesNotContain("目标是“是否完成”");
    }

    @Test
    void aMilestoneSubTargetReadDifferentlyWaitsForAPlannerToo() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Target older = Target.builder(Measure.LATEST_VALUE, Bound.AT_LEAST)
                .value(new BigDecimal("5"))
                .unit("人")
                .text("1-2人")
                .build();
        jdbc.update(
                "update milestone_sub_target set target_reading = ?, target_parser_version = 1"
                        + " where milestone_id = ? and position = 0",
                StoredTarget.write(older),
                plan.milestoneId());
        String review = mvc.perform(
                        get("/plans/{id}/readings", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(review).contains("change-m" + plan.milestoneId() + "-0", "引进博士", "最新值≥5人");
        long version =
                jdbc.queryForObject("select version from milestone where id = ?", Long.class, plan.milestoneId());
        mvc.perform(post("/plans/{p}/readings/milestones/{m}/0", plan.planId(), plan.milestoneId())
                        .param("version", String.valueOf(version))
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Target accepted = StoredTarget.target(jdbc.queryForObject(
                "select target_reading from milestone_sub_target where milestone_id = ? and position = 0",
                String.class,
                plan.milestoneId()));
        assertThat(accepted.bound()).isEqualTo(Bound.RANGE);
        assertThat(accepted.upper()).isEqualByComparingTo("2");
    }

    @Test
    void aStaleAcceptanceIsAConflictAndChangesNothing() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        jdbc.update("update indicator set target_parser_version = 1 where id = ?", plan.indicatorId());
        mvc.perform(post("/plans/{p}/readings/{i}", plan.planId(), plan.indicatorId())
                        .param("version", "99")
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "select target_parser_version from indicator where id = ?", Integer.class, plan.indicatorId()))
                .isEqualTo(1);
    }

    @Test
    void theApiServesTheStoredReadingWithItsSentenceAndSource() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        jdbc.update("update indicator set target_source = '附件1 主要指标表' where id = ?", plan.indicatorId());
        jdbc.update(
                "insert into indicator_alternative_target (indicator_id, position, target_text, source, target_reading,"
                        + " parser_version) values (?, 0, '≥30%', '正文（二）', ?, ?)",
                plan.indicatorId(),
                StoredTarget.read("≥30%", null, StoredTarget.context("%", "出院患者手术占比", 1))
                        .reading(),
                TargetParser.VERSION);
        String json = mvc.perform(get("/api/v1/plans/{id}", plan.planId())
                        .with(user(accounts.signedIn(Role.REPORTER, plan.hospitalId()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"targetReadBy\":\"PARSER\"")
                .contains("\"targetParserVersion\":" + TargetParser.VERSION)
                .contains("\"targetReading\":\"理解为：最新值≥35%\"")
                .contains("\"aggregation\":\"LATEST\"")
                .contains("\"targetSource\":\"附件1 主要指标表\"")
                .contains("\"source\":\"正文（二）\"")
                .contains("\"reading\":\"理解为：到2023年，最新值≥32%\"");
    }

    @Test
    void aPlannerMakesTheDocumentsOtherStatementCountWithAReasonAndTheFormerStaysBesideIt() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        jdbc.update("update indicator set target_source = '附件1 主要指标表' where id = ?", plan.indicatorId());
        Long alternativeId = jdbc.queryForObject(
                "insert into indicator_alternative_target (indicator_id, position, target_text, source, target_reading,"
                        + " parser_version) values (?, 0, '≥31%', '正文（二）', ?, ?) returning id",
                Long.class,
                plan.indicatorId(),
                StoredTarget.read("≥31%", null, StoredTarget.context("%", "出院患者手术占比", 1))
                        .reading(),
                TargetParser.VERSION);
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();

        String refused = mvc.perform(post(
                                "/plans/{p}/indicators/{i}/alternatives/{a}/choose",
                                plan.planId(),
                                plan.indicatorId(),
                                alternativeId)
                        .param("version", String.valueOf(version))
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("failure")
                .toString();
        assertThat(refused).isEqualTo("plan.error.revisionReason");
        assertThat(plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                        .indicators()
                        .get(0)
                        .targetText())
                .isEqualTo("≥35%");

        mvc.perform(post(
                                "/plans/{p}/indicators/{i}/alternatives/{a}/choose",
                                plan.planId(),
                                plan.indicatorId(),
                                alternativeId)
                        .param("version", String.valueOf(version))
                        .param("reason", "以正文为准，附件表格录入有误")
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        IndicatorView resolved = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0);
        assertThat(resolved.targetText()).isEqualTo("≥31%");
        assertThat(resolved.target().value()).isEqualByComparingTo("31");
        assertThat(resolved.targetSource()).isEqualTo("正文（二）");
        assertThat(resolved.alternativeTargets()).singleElement().satisfies(a -> {
            assertThat(a.targetText()).isEqualTo("≥35%");
            assertThat(a.source()).isEqualTo("附件1 主要指标表");
            assertThat(a.resolved()).isTrue();
        });
        assertThat(resolved.revisions())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("以正文为准，附件表格录入有误"));
        assertThat(plans.reportingScope(plan.planId())
                        .indicators()
                        .get(0)
                        .target()
                        .value())
                .isEqualByComparingTo("31");
    }

    @Test
    void keepingTheTargetMarksTheConflictResolvedAndAStaleFormIsAConflict() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Long alternativeId = jdbc.queryForObject(
                "insert into indicator_alternative_target (indicator_id, position, target_text, source)"
                        + " values (?, 0, '≥31%', '正文（二）') returning id",
                Long.class, plan.indicatorId());
        String path = "/plans/{p}/indicators/{i}/alternatives/{a}/keep";
        mvc.perform(post(path, plan.planId(), plan.indicatorId(), alternativeId)
                        .param("version", "99")
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().isConflict());
        long version = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0)
                .version();
        mvc.perform(post(path, plan.planId(), plan.indicatorId(), alternativeId)
                        .param("version", String.valueOf(version))
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        IndicatorView kept = plans.detail(plan.planId(), accounts.as(plan.plannerUsername()), Locale.CHINA)
                .indicators()
                .get(0);
        assertThat(kept.targetText()).isEqualTo("≥35%");
        assertThat(kept.alternativeTargets().get(0).resolved()).isTrue();
        String page = mvc.perform(get("/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已核实，以本行目标为准").doesNotContain("改以此为准");
    }
}
