package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.support.PostgresJpaTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.user.SignedInUser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The plan aggregate as stored: each change moves the plan's version once; a goal goes with the goals below it. */
@PostgresJpaTest
@Import({PlanServices.class, ScratchPlans.class, PlanAggregateStorageTest.Passwords.class})
// the plan mother's report half, which a plan alone does not use
@MockitoBean(types = {ReportingPeriods.class, ReportDrafting.class, ReportEvidenceService.class, ReportPages.class})
class PlanAggregateStorageTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    PlanService plans;

    @Autowired
    PlanContentService content;

    @Autowired
    UserDetailsService users;

    @Test
    void eachChangeMovesThePlansVersionOnceAndAGoalGoesWithTheGoalsBelowIt() {
        ScratchPlans.Ids ids = scratchPlans.publishedPlan();
        SignedInUser planner = (SignedInUser) users.loadUserByUsername(ids.plannerUsername());
        long before = version(ids, planner);

        Long task = content.addGoal(
                ids.planId(), new PlanCommands.SaveGoal(ids.goalId(), "（一）", "重点专科", null, null, List.of()), planner);
        assertThat(version(ids, planner)).isEqualTo(before + 1);
        content.addGoal(ids.planId(), new PlanCommands.SaveGoal(task, "1.", "心血管专科", null, null, List.of()), planner);
        assertThat(version(ids, planner)).isEqualTo(before + 2);

        content.deleteGoal(ids.planId(), ids.goalId(), planner);

        PlanDetail plan = plans.detail(ids.planId(), planner, Locale.CHINA);
        assertThat(plan.version()).isEqualTo(before + 3);
        assertThat(plan.flatGoals()).isEmpty();
        assertThat(plan.indicators()).extracting(IndicatorView::goalId).containsOnlyNulls();
        assertThat(plan.milestones()).extracting(MilestoneView::goalId).containsOnlyNulls();
    }

    private long version(ScratchPlans.Ids ids, SignedInUser planner) {
        return plans.detail(ids.planId(), planner, Locale.CHINA).version();
    }

    /** The accounts' password hashing, which the web slices take from the security configuration. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Passwords {

        @Bean
        PasswordEncoder passwordEncoder() {
            return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        }
    }
}
