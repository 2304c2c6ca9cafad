package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import db.migration.V12_1__store_sub_target_readings;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A milestone's sub-targets are read once, when the milestone is saved (form, plan import) and, for those saved
 * before, by the migration V12_1: the reading and the parser's version are stored beside the wording.
 */
@IntegrationTest
class SubTargetStorageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanService plans;

    @Autowired
    PlanImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void savingAMilestoneStoresEachSubTargetsReadingDueInTheMilestonesYear() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        Target doctors = reading(plan.milestoneId(), 0);
        assertThat(doctors.bound()).isEqualTo(Bound.RANGE);
        assertThat(doctors.value()).isEqualByComparingTo("1");
        assertThat(doctors.upper()).isEqualByComparingTo("2");
        assertThat(doctors.targetYear()).isEqualTo(2022);
        // the plan page and the API show how it was understood
        String page = mvc.perform(get("/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("引进博士：1-2人", "理解为：到2022年");
        mvc.perform(get("/api/v1/plans/{id}", plan.planId()).with(user(accounts.as(plan.plannerUsername()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones[0].subTargets[0].label").value("引进博士"))
                .andExpect(
                        jsonPath("$.milestones[0].subTargets[0].target.upper").value(2))
                .andExpect(jsonPath("$.milestones[0].subTargets[0].target.targetYear")
                        .value(2022));

        long version = plans
                .detail(plan.planId(), accounts.as(plan.plannerUsername()), java.util.Locale.CHINA)
                .milestones()
                .stream()
                .filter(m -> m.id().equals(plan.milestoneId()))
                .findFirst()
                .orElseThrow()
                .version();
        mvc.perform(post("/plans/{p}/milestones/{m}", plan.planId(), plan.milestoneId())
                        .with(user(accounts.as(plan.plannerUsername())))
                        .with(csrf())
                        .param("goalId", String.valueOf(plan.goalId()))
                        .param("title", "引进人才")
                        .param("dueYear", "2023")
                        .param("subTargets", "引进博士：1-2人\n引进硕士：40人")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        assertThat(reading(plan.milestoneId(), 0).targetYear()).isEqualTo(2023);
        Target masters = reading(plan.milestoneId(), 1);
        assertThat(masters.value()).isEqualByComparingTo("40");
        assertThat(masters.unit()).isEqualTo("人");
        assertThat(jdbc.queryForObject(
                        "select target_parser_version from milestone_sub_target where milestone_id = ? and position = 1",
                        Integer.class,
                        plan.milestoneId()))
                .isEqualTo(TargetParser.VERSION);
    }

    @Test
    void anImportedPlanStoresTheReadingsOfItsSubTargets() {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        Long hospital = organizations.tree().hospitalId();
        Long planId = imports.create(
                new PlanCommands.ImportPlan(
                        new PlanCommands.SavePlan(
                                "导入规划 " + System.nanoTime(),
                                "测试医院",
                                2021,
                                2025,
                                null,
                                null,
                                List.of(),
                                hospital,
                                List.of(hospital),
                                List.of()),
                        PlanStatus.DRAFT,
                        List.of(),
                        List.of(new PlanCommands.ImportMilestone(
                                null,
                                new MilestoneDefinition("引进人才", null, 2024, null, null),
                                List.of(new SubTarget("引进硕士", "40人"), new SubTarget("胸痛中心", "通过国家认证")))),
                        List.of(),
                        List.of(),
                        List.of()),
                admin);
        Long milestoneId = jdbc.queryForObject("select id from milestone where plan_id = ?", Long.class, planId);

        assertThat(reading(milestoneId, 0).value()).isEqualByComparingTo("40");
        assertThat(reading(milestoneId, 0).targetYear()).isEqualTo(2024);
        assertThat(plans.reportingScope(planId).milestones().get(0).subTargets())
                .extracting(ReportingScope.SubTargetItem::valueKind)
                .containsExactly(ValueKind.NUMBER, ValueKind.YES_NO);
    }

    @Test
    void theMigrationStoresTheReadingOfSubTargetsSavedBefore() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        String stored = jdbc.queryForObject(
                "select target_reading from milestone_sub_target where milestone_id = ?",
                String.class,
                plan.milestoneId());
        jdbc.update(
                "update milestone_sub_target set target_reading = null, target_parser_version = null"
                        + " where milestone_id = ?",
                plan.milestoneId());

        try (Connection connection = dataSource.getConnection()) {
            new V12_1__store_sub_target_readings().migrate(context(connection));
        }

        Map<String, Object> row = jdbc.queryForMap(
                "select target_reading, target_parser_version from milestone_sub_target where milestone_id = ?",
                plan.milestoneId());
        assertThat(row.get("target_reading")).isEqualTo(stored);
        assertThat(row.get("target_parser_version")).isEqualTo(TargetParser.VERSION);
        // the demo plans' sub-targets, loaded before V12, were read by it too
        assertThat(jdbc.queryForObject(
                        "select count(*) from milestone_sub_target where target_parser_version is null", Integer.class))
                .isZero();
    }

    private Target reading(Long milestoneId, int position) {
        return StoredTarget.target(jdbc.queryForObject(
                "select target_reading from milestone_sub_target where milestone_id = ? and position = ?",
                String.class,
                milestoneId,
                position));
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
