package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.cluster.ClusterChange;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboards learn which plans have projects from memory: a new project shows at once, here and elsewhere. */
@IntegrationTest
class PlansWithProjectsTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectFacts facts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProjectMadeHereIsOnItsPlansFactsAtOnceAndAnnouncedToTheOtherInstances() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        ScratchPlans.Ids other = scratchPlans.publishedPlan();
        SignedInUser planner = accounts.as(plan.plannerUsername());
        assertThat(facts.ofPlan(plan.planId())).isEmpty();

        Long projectId = projects.create(plan.planId(), project("门诊综合楼", plan), planner);

        assertThat(facts.ofPlan(plan.planId())).extracting(ProjectFact::id).containsExactly(projectId);
        assertThat(facts.ofInstitution(List.of(plan.planId(), other.planId()), plan.hospitalId()))
                .extracting(ProjectFact::id)
                .containsExactly(projectId);
        assertThat(facts.ofPlan(other.planId())).isEmpty();
        assertThat(jdbc.queryForList(
                        "select subject from change_feed where topic = 'project' order by id desc limit 1",
                        String.class))
                .containsExactly(String.valueOf(plan.planId()));
    }

    @Test
    void aProjectAnotherInstanceMadeShowsWhenItsChangeArrivesOrAfterMissedChanges() {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        ScratchPlans.Ids later = scratchPlans.publishedPlan();
        assertThat(facts.ofPlan(plan.planId())).isEmpty();
        assertThat(facts.ofPlan(later.planId())).isEmpty();

        // made by another instance: straight in the database here
        Long madeElsewhere = insertProject(plan.planId());
        assertThat(facts.ofPlan(plan.planId())).isEmpty();
        events.publishEvent(new ClusterChange(PlansWithProjects.TOPIC, String.valueOf(plan.planId())));
        assertThat(facts.ofPlan(plan.planId())).extracting(ProjectFact::id).containsExactly(madeElsewhere);

        Long missed = insertProject(later.planId());
        assertThat(facts.ofPlan(later.planId())).isEmpty();
        events.publishEvent(ClusterChange.EVERYTHING);
        assertThat(facts.ofPlan(later.planId())).extracting(ProjectFact::id).containsExactly(missed);
    }

    private Long insertProject(Long planId) {
        return jdbc.queryForObject(
                "insert into construction_project (plan_id, name, created_at, updated_at) values (?, '急诊楼', now(), now())"
                        + " returning id",
                Long.class,
                planId);
    }

    private static ProjectCommands.SaveProject project(String name, ScratchPlans.Ids plan) {
        return new ProjectCommands.SaveProject(
                name, ProjectKind.NEW_BUILD, plan.hospitalId(), null, null, null, List.of());
    }
}
