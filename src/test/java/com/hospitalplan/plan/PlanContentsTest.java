package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.targets.Direction;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.TargetContext;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The rules of the plan aggregate for its goals, indicators, milestones and budget lines, without Spring. */
class PlanContentsTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T00:00:00Z");

    private long nextId = 100;

    @Test
    void addingAGoalPlacesItLastAndMarksThePlanChanged() {
        Plan plan = draft();
        Goal first = goal(plan, null, "一、");
        Goal second = plan.addGoal(goalCommand(null, "二、"), LATER);

        assertThat(second.position()).isEqualTo(first.position() + 1);
        assertThat(plan.goals()).containsExactly(first, second);
        assertThat(plan.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aChangeRefusedLeavesThePlanUnchanged() {
        Plan plan = draft();

        assertThatThrownBy(() -> plan.addGoal(goalCommand(999L, "（一）"), LATER))
                .isInstanceOf(PlanNotFoundException.class);
        assertThat(plan.goals()).isEmpty();
        assertThat(plan.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void removingAGoalRemovesTheGoalsBelowItAndLeavesItsItemsWithoutAGoal() {
        Plan plan = draft();
        Goal chapter = goal(plan, null, "一、");
        Goal task = goal(plan, chapter.id(), "（一）");
        Goal subTask = goal(plan, task.id(), "1.");
        Goal otherChapter = goal(plan, null, "二、");
        Milestone milestone = withId(plan.addMilestone(milestoneCommand(subTask.id()), 1, CREATED));
        BudgetLine line = withId(plan.addBudgetLine(budgetCommand(otherChapter.id()), CREATED));

        plan.removeGoal(chapter.id(), LATER);

        assertThat(plan.goals()).containsExactly(otherChapter);
        assertThat(milestone.goalId()).isNull();
        assertThat(line.goalId()).isEqualTo(otherChapter.id());
        assertThat(plan.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void aGoalMovesAmongItsSiblingsOnlyAndNotPastTheEnds() {
        Plan plan = draft();
        Goal first = goal(plan, null, "一、");
        Goal child = goal(plan, first.id(), "（一）");
        Goal second = goal(plan, null, "二、");

        plan.moveGoal(first.id(), true, LATER);
        assertThat(plan.updatedAt()).isEqualTo(CREATED);

        plan.moveGoal(first.id(), false, LATER);
        assertThat(first.position()).isGreaterThan(second.position());
        assertThat(child.position()).isEqualTo(2);
        assertThat(plan.updatedAt()).isEqualTo(LATER);

        plan.moveGoal(first.id(), true, LATER);
        assertThat(first.position()).isLessThan(second.position());
    }

    @Test
    void anEditOnAnOlderVersionIsAConflict() {
        Plan plan = draft();
        BudgetLine line = withId(plan.addBudgetLine(budgetCommand(null), CREATED));

        assertThatThrownBy(() -> plan.changeBudgetLine(line.id(), 7, budgetCommand(null), LATER))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(plan.updatedAt()).isEqualTo(CREATED);

        plan.changeBudgetLine(line.id(), line.version(), budgetCommand(null), LATER);
        assertThat(plan.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anItemOfAnotherPlanIsNotFound() {
        Plan plan = draft();
        Plan other = draft();
        Milestone elsewhere = withId(other.addMilestone(milestoneCommand(null), 1, CREATED));

        assertThatThrownBy(() -> plan.removeMilestone(elsewhere.id(), LATER)).isInstanceOf(PlanNotFoundException.class);
        assertThat(other.milestones()).containsExactly(elsewhere);
    }

    @Test
    void anIndicatorIsWeightedOnlyByAnIndicatorOfTheSamePlan() {
        Plan plan = draft();
        Indicator weight = withId(plan.addIndicator(indicatorCommand(null), targets(), CREATED));

        assertThatThrownBy(() -> plan.addIndicator(indicatorCommand(12345L), targets(), LATER))
                .isInstanceOf(PlanNotFoundException.class);
        Indicator weighted = plan.addIndicator(indicatorCommand(weight.id()), targets(), LATER);

        assertThat(weighted.aggregationWeightId()).isEqualTo(weight.id());
        assertThat(plan.indicators()).containsExactly(weight, weighted);
    }

    @Test
    void anIndicatorOfAPublishedPlanIsNotRemoved() {
        Plan plan = draft();
        Indicator indicator = withId(plan.addIndicator(indicatorCommand(null), targets(), CREATED));
        plan.publish(CREATED);

        assertThatThrownBy(() -> plan.removeIndicator(indicator.id(), LATER))
                .isInstanceOf(PlanStateException.class)
                .hasMessage("plan.error.deletePublished");
        assertThat(plan.indicators()).containsExactly(indicator);
    }

    @Test
    void aClosedPlanTakesNoNewItems() {
        Plan plan = draft();
        plan.publish(CREATED);
        plan.close(CREATED);

        assertThatThrownBy(() -> plan.addMilestone(milestoneCommand(null), 1, LATER))
                .isInstanceOf(PlanStateException.class)
                .hasMessage("plan.error.closed");
        assertThat(plan.milestones()).isEmpty();
    }

    private Plan draft() {
        Plan plan = withId(new Plan(1L, CREATED));
        plan.describe(
                new PlanCommands.SavePlan(
                        "测试规划", "测试医院", 2021, 2025, null, null, List.of(), null, List.of(), List.of()),
                CREATED);
        return plan;
    }

    private Goal goal(Plan plan, Long parentId, String number) {
        return withId(plan.addGoal(goalCommand(parentId, number), CREATED));
    }

    private static PlanCommands.SaveGoal goalCommand(Long parentId, String number) {
        return new PlanCommands.SaveGoal(parentId, number, "目标" + number, null, null, List.of());
    }

    private static PlanCommands.SaveMilestone milestoneCommand(Long goalId) {
        return new PlanCommands.SaveMilestone(
                goalId, new MilestoneDefinition("住院综合大楼建成投用", null, 2022, null, null), List.of());
    }

    private static PlanCommands.SaveBudgetLine budgetCommand(Long goalId) {
        return new PlanCommands.SaveBudgetLine(
                goalId, "财政拨款", "设备购置", 2023, BudgetAmount.of(new BigDecimal("120")), null);
    }

    private static PlanCommands.SaveIndicator indicatorCommand(Long weightId) {
        return new PlanCommands.SaveIndicator(
                null,
                new IndicatorDefinition(
                        "1",
                        null,
                        "三四级手术占比",
                        "%",
                        null,
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.PERCENTAGE,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        weightId == null ? null : Aggregation.WEIGHTED_AVERAGE),
                weightId,
                "≥35%",
                null,
                List.of(),
                null,
                List.of(),
                null,
                null);
    }

    private static IndicatorTargets targets() {
        TargetContext context = StoredTarget.context("%", "三四级手术占比", 1);
        return new IndicatorTargets("≥35%", null, StoredTarget.read("≥35%", null, context), List.of(), context);
    }

    /** Gives a new entity the id the database would. */
    private <T> T withId(T entity) {
        try {
            Class<?> type = entity.getClass();
            while (!declaresId(type)) {
                type = type.getSuperclass();
            }
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean declaresId(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredFields())
                .anyMatch(f -> f.getName().equals("id"));
    }
}
