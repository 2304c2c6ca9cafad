package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.targets.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which accepted items become which parts of the plan command, without Spring. */
class DraftPlanCommandTest {

    private static final String TEXT = String.join(
            "\n",
            "测试医院发展规划（2021-2025年）",
            "前言：到2025年，门诊量达到100万人次。",
            "一、发展目标",
            "（一）医疗质量",
            "到2025年，床位使用率达到90%以上，平均住院日控制在8天以内。",
            "（二）人才队伍",
            "每年引进博士5名以上。",
            "二、保障措施",
            "（一）资金保障",
            "每年投入人才经费500万元。",
            "2023年6月底前住院综合大楼建成投用。");

    private final DraftLayout layout = new DraftLayout(new PlanDraftExtractor().extract(TEXT));
    private final DraftPlanCommand.Defaults defaults = new DraftPlanCommand.Defaults("文件名", "未说明", 2026);

    private DraftSelection all() {
        return new DraftSelection(
                IntStream.range(0, layout.sectionCount()).boxed().collect(Collectors.toSet()),
                layout.entries().stream().map(DraftLayout.Entry::key).collect(Collectors.toSet()));
    }

    private DraftLayout.Entry goal(String title) {
        return layout.entries().stream()
                .filter(e -> e.item() instanceof DraftGoal g && g.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDocumentIsLaidOutInSectionsByItsTopLevelHeadings() {
        assertThat(layout.sectionCount()).isEqualTo(3);
        assertThat(layout.sectionGoal(1).title()).isEqualTo("发展目标");
        assertThat(goal("医疗质量").section()).isEqualTo(1);
        assertThat(goal("资金保障").section()).isEqualTo(2);
        assertThat(layout.entries())
                .filteredOn(e -> e.kind().equals("INDICATOR") && e.section() == DraftLayout.UNPLACED)
                .as("the target before the first heading is not placed")
                .hasSize(1);
    }

    @Test
    void everythingAcceptedKeepsTheTreeAndHangsItemsFromTheGoalBeforeThem() {
        PlanCommands.ImportPlan command = DraftPlanCommand.of(layout, all(), defaults);

        assertThat(command.goals()).hasSize(layout.draft().allGoals().size());
        assertThat(command.plan().startYear()).isEqualTo(2021);
        assertThat(command.plan().endYear()).isEqualTo(2025);
        String quality = goal("医疗质量").key();
        assertThat(command.indicators())
                .filteredOn(i -> i.targetText().contains("8天"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.goalKey()).isEqualTo(quality);
                    assertThat(i.definition().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
                });
        assertThat(command.indicators())
                .filteredOn(i -> i.targetText().contains("90%"))
                .singleElement()
                .satisfies(i -> assertThat(i.definition().valueKind()).isEqualTo(ValueKind.PERCENTAGE));
        assertThat(command.indicators())
                .filteredOn(i -> i.targetText().contains("100万"))
                .singleElement()
                .satisfies(
                        i -> assertThat(i.goalKey()).as("unplaced: on the plan").isNull());
        assertThat(command.budgetLines()).singleElement().satisfies(line -> {
            assertThat(line.planned().amount()).isEqualByComparingTo(new BigDecimal("500"));
            assertThat(line.planned().recurring()).isTrue();
            assertThat(line.year()).as("a yearly amount has no year of its own").isNull();
            assertThat(line.fundingSource()).isEqualTo("未说明");
            assertThat(line.goalKey()).isEqualTo(goal("资金保障").key());
        });
        assertThat(command.milestones())
                .singleElement()
                .satisfies(m -> assertThat(m.definition().dueDate()).hasToString("2023-06-30"));
    }

    @Test
    void aDroppedSectionLeavesOutAllOfItsItemsAndADroppedGoalLeavesItsChildrenToItsParent() {
        DraftSelection selection = new DraftSelection(
                Set.of(0, 1),
                layout.entries().stream()
                        .map(DraftLayout.Entry::key)
                        .filter(key -> !key.equals(goal("发展目标").key()))
                        .collect(Collectors.toSet()));

        PlanCommands.ImportPlan command = DraftPlanCommand.of(layout, selection, defaults);

        assertThat(command.goals()).extracting(PlanCommands.ImportGoal::title).containsExactly("医疗质量", "人才队伍");
        assertThat(command.goals()).allSatisfy(g -> assertThat(g.parentKey()).isNull());
        assertThat(command.budgetLines()).isEmpty();
        assertThat(command.milestones()).isEmpty();
        assertThat(command.indicators()).noneMatch(i -> i.targetText().contains("500"));
        assertThat(command.indicators()).anyMatch(i -> i.targetText().contains("5名"));
    }

    @Test
    void theDocumentIsCutIntoSegmentsMarkedWithTheItemsCoveringThem() {
        List<DraftReview.Segment> segments = DraftReview.segments(
                "abcdef",
                List.of(new DraftReview.Mark("g0", new Span(1, 4)), new DraftReview.Mark("i0", new Span(2, 3))));
        assertThat(segments)
                .containsExactly(
                        new DraftReview.Segment("a", null),
                        new DraftReview.Segment("b", "g0"),
                        new DraftReview.Segment("c", "g0 i0"),
                        new DraftReview.Segment("d", "g0"),
                        new DraftReview.Segment("ef", null));
    }
}
