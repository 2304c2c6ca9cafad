package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private Plan plan() {
        Plan plan = new Plan(1L, NOW);
        plan.describe(
                new PlanCommands.SavePlan(
                        "测试规划", "测试医院", 2021, 2025, null, null, List.of(), null, List.of(), List.of()),
                NOW);
        return plan;
    }

    @Test
    void aDraftCanGoOutForCommentsAndThenBePublished() {
        Plan plan = plan();
        plan.openForComments(NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT_FOR_COMMENTS);
        plan.publish(NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.targetsNeedRevision()).isTrue();
    }

    @Test
    void onlyAPublishedPlanCanBeClosedAndAClosedPlanNoLongerChanges() {
        Plan plan = plan();
        assertThatThrownBy(() -> plan.close(NOW)).isInstanceOf(PlanStateException.class);
        plan.publish(NOW);
        plan.close(NOW);
        assertThat(plan.isEditable()).isFalse();
        assertThatThrownBy(() -> plan.publish(NOW))
                .isInstanceOf(PlanStateException.class)
                .hasMessage("plan.error.publishState");
    }

    @Test
    void aDraftsTargetsChangeFreely() {
        assertThat(plan().targetsNeedRevision()).isFalse();
    }

    @Test
    void aPlanCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> plan().describe(
                                new PlanCommands.SavePlan(
                                        "x", "y", 2025, 2021, null, null, List.of(), null, List.of(), List.of()),
                                NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
