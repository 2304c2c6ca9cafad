package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Bound;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planner's edits on the review page change the draft that is saved, and edited targets are read again. */
class DraftEditsTest {

    private static final String TEXT = "一、发展目标\n（一）学科建设\n到2025年，三四级手术占比达到40%以上。\n2022年6月底前住院综合大楼建成投用。\n";

    private final PlanDraft draft = new PlanDraftExtractor().extract(TEXT);
    private final DraftEdits edits = new DraftEdits(new TargetParser());

    @Test
    void anEditedTargetIsReadAgainWithItsUnitAndTheNameYearAndGoalTitleChange() {
        assertThat(draft.indicators()).hasSize(1);
        assertThat(draft.milestones()).hasSize(1);
        PlanDraft edited = edits.apply(
                draft,
                Map.of(
                        "i0", new ItemEdit("三四级手术占出院手术比例", "不超过50%", null, "2026"),
                        "g1", new ItemEdit("重点学科建设", null, null, null),
                        "m0", new ItemEdit(null, null, null, "2023")));

        DraftIndicator indicator = edited.indicators().get(0);
        assertThat(indicator.name()).isEqualTo("三四级手术占出院手术比例");
        assertThat(indicator.targetText()).isEqualTo("不超过50%");
        assertThat(indicator.target().bound()).isEqualTo(Bound.AT_MOST);
        assertThat(indicator.target().value()).isEqualByComparingTo(new BigDecimal("50"));
        assertThat(indicator.targetYear()).isEqualTo(2026);
        assertThat(indicator.span()).isEqualTo(draft.indicators().get(0).span());
        assertThat(edited.goals().get(0).children().get(0).title()).isEqualTo("重点学科建设");
        assertThat(edited.milestones().get(0).year()).isEqualTo(2023);
        assertThat(edited.milestones().get(0).month())
                .as("the month belonged to the old year")
                .isNull();
    }

    @Test
    void aTargetThePlannerWordsSoThatTheParserCannotReadItHasNoReading() {
        PlanDraft edited = edits.apply(draft, Map.of("i0", new ItemEdit(null, "争取有较大提升", null, null)));
        assertThat(edited.indicators().get(0).target()).isNull();
        assertThat(DraftConfidence.of(edited.indicators().get(0), true, false))
                .isEqualTo(DraftConfidence.Reason.TARGET_UNREAD);
    }

    @Test
    void onlyFieldsThatDifferFromTheExtractedOnesCountAsEdits() {
        ItemEdit extracted = DraftEdits.fieldsOf(draft.indicators().get(0));
        assertThat(ItemEdit.ofChanges(extracted, extracted)).isNull();
        ItemEdit changed = ItemEdit.ofChanges(
                new ItemEdit(extracted.name(), " 45%左右 ", extracted.unit(), extracted.year()), extracted);
        assertThat(changed).isEqualTo(new ItemEdit(null, "45%左右", null, null));
        assertThat(new ItemEdit(null, null, null, "20x5").yearValue()).isEqualTo(-1);
        assertThat(new ItemEdit(null, null, null, "2025").yearValue()).isEqualTo(2025);
    }

    @Test
    void aTypedAmountReplacesABudgetLinesTotalsAndMilestonesFigureAndABlankOneClearsOnlyAPlannedCost() {
        PlanDraft money = new PlanDraftExtractor()
                .extract(String.join(
                        "\n",
                        "一、资金预算",
                        "（一）2024年支出计划",
                        "1.用于设备购置 800 万元。",
                        "（二）自筹资金",
                        "项目总投资合计 2 亿元。",
                        "二、进度安排",
                        "2025年6月底前门诊综合楼建成投用，需资金约 400 万元。"));
        assertThat(money.budgetLines())
                .extracting(DraftBudgetLine::amount)
                .first()
                .isEqualTo(new BigDecimal("800"));
        assertThat(money.statedTotals()).extracting(DraftBudgetLine::amount).contains(new BigDecimal("20000"));
        assertThat(money.milestones().get(0).plannedCost()).isEqualByComparingTo("400");
        int total = money.statedTotals().stream()
                .map(DraftBudgetLine::amount)
                .toList()
                .indexOf(new BigDecimal("20000"));
        assertThat(DraftEdits.fieldsOf(money.statedTotals().get(total)).amount())
                .isEqualTo("20000");

        PlanDraft edited = edits.apply(
                money,
                Map.of(
                        "b0",
                        new ItemEdit(null, null, null, null, "850.5"),
                        "t" + total,
                        new ItemEdit(null, null, null, null, "25,000"),
                        "m0",
                        new ItemEdit(null, null, null, null, "")));

        assertThat(edited.budgetLines().get(0).amount()).isEqualByComparingTo("850.5");
        assertThat(edited.budgetLines().get(0).amountText()).isEqualTo("850.5万元");
        assertThat(edited.budgetLines().get(0).year()).isEqualTo(2024);
        assertThat(edited.statedTotals().get(total).amount()).isEqualByComparingTo("25000");
        assertThat(edited.milestones().get(0).plannedCost()).isNull();

        PlanDraft refused = edits.apply(money, Map.of("b0", new ItemEdit(null, null, null, null, "八百")));
        assertThat(refused.budgetLines().get(0).amount())
                .as("an amount that cannot be taken keeps the document's (the page refuses it)")
                .isEqualByComparingTo("800");
        ItemEdit shown = DraftEdits.fieldsOf(money.budgetLines().get(0));
        assertThat(shown.amount()).isEqualTo("800");
        assertThat(ItemEdit.ofChanges(new ItemEdit(shown.name(), null, null, shown.year(), "800.00"), shown))
                .as("the same amount however written is no change")
                .isNull();
    }

    @Test
    void theDocumentsOwnFigureIsTakenAsShownButATypedOneMustFitTheColumns() {
        DraftLayout layout = new DraftLayout(
                new PlanDraftExtractor().extract(String.join("\n", "一、资金预算", "（一）2024年支出计划", "1.用于设备购置 12.345 万元。")));
        DraftLayout.Entry line = layout.entries().stream()
                .filter(e -> e.kind().equals("BUDGET_LINE"))
                .findFirst()
                .orElseThrow();
        ItemEdit shown = DraftEdits.fieldsOf(line.item());
        assertThat(shown.amount()).isEqualTo("12.345");

        ReviewForm asShown =
                new ReviewForm(java.util.Set.of(), java.util.Set.of(line.key()), Map.of(line.key(), shown));
        ReviewForm retyped = new ReviewForm(
                java.util.Set.of(),
                java.util.Set.of(line.key()),
                Map.of(line.key(), new ItemEdit(shown.name(), null, null, shown.year(), "12.346")));

        assertThat(asShown.errors(layout, java.util.Set.of(line.key()))).isEmpty();
        assertThat(retyped.errors(layout, java.util.Set.of(line.key())))
                .containsEntry("amount." + line.key(), "documentReview.error.amountDigits");
    }
}
