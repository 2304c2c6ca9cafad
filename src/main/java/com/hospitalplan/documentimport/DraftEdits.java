package com.hospitalplan.documentimport;

import com.hospitalplan.targets.ParseResult;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A draft with the planner's edits from the review page applied: a goal's title; an indicator's name, target (read
 * again by the target parser with the unit as hint, as the extractor reads it), unit and target year; a milestone's
 * text, year and planned cost; an amount's label, year and figure in 万元. Items keep their span and their key ({@link DraftLayout}), so the edited
 * draft lays out into the same sections.
 */
final class DraftEdits {

    private final TargetParser parser;

    DraftEdits(TargetParser parser) {
        this.parser = parser;
    }

    /** The item's fields as the review page's edit form shows them. */
    static ItemEdit fieldsOf(Object item) {
        if (item instanceof DraftGoal g) {
            return new ItemEdit(g.title(), null, null, null);
        }
        if (item instanceof DraftIndicator i) {
            return new ItemEdit(i.name(), i.targetText(), i.unit(), year(i.targetYear()));
        }
        if (item instanceof DraftMilestone m) {
            return new ItemEdit(m.text(), null, null, String.valueOf(m.year()), TypedAmount.shown(m.plannedCost()));
        }
        DraftBudgetLine b = (DraftBudgetLine) item;
        return new ItemEdit(b.label(), null, null, year(b.year()), TypedAmount.shown(b.amount()));
    }

    PlanDraft apply(PlanDraft draft, Map<String, ItemEdit> edits) {
        if (edits.isEmpty()) {
            return draft;
        }
        int[] counter = {0};
        List<DraftGoal> goals = new ArrayList<>();
        for (DraftGoal goal : draft.goals()) {
            goals.add(goal(goal, edits, counter));
        }
        List<DraftIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < draft.indicators().size(); i++) {
            indicators.add(indicator(draft.indicators().get(i), edits.get("i" + i)));
        }
        List<DraftMilestone> milestones = new ArrayList<>();
        for (int i = 0; i < draft.milestones().size(); i++) {
            milestones.add(milestone(draft.milestones().get(i), edits.get("m" + i)));
        }
        return new PlanDraft(
                draft.text(),
                draft.facts(),
                goals,
                indicators,
                milestones,
                amounts(draft.budgetLines(), "b", edits),
                amounts(draft.statedTotals(), "t", edits));
    }

    /** The goal and its children depth first, numbered as {@link DraftLayout} numbers them. */
    private static DraftGoal goal(DraftGoal goal, Map<String, ItemEdit> edits, int[] counter) {
        ItemEdit edit = edits.get("g" + counter[0]++);
        List<DraftGoal> children = new ArrayList<>();
        for (DraftGoal child : goal.children()) {
            children.add(goal(child, edits, counter));
        }
        String title = edit != null && hasText(edit.name()) ? edit.name().strip() : goal.title();
        return new DraftGoal(goal.number(), title, goal.chapter(), goal.span(), children, goal.units());
    }

    private DraftIndicator indicator(DraftIndicator i, ItemEdit edit) {
        if (edit == null) {
            return i;
        }
        String unit = edit.unit() != null ? blankToNull(edit.unit()) : i.unit();
        String targetText = edit.target() != null ? edit.target().strip() : i.targetText();
        String readAs = edit.target() != null ? null : i.readAs();
        var target = i.target();
        if (edit.target() != null || edit.unit() != null) {
            ParseResult result = targetText.isEmpty() || targetText.length() > TargetParser.MAX_LENGTH
                    ? null
                    : parser.parse(readAs == null ? targetText : readAs, unit);
            target = result != null && result.understood() ? result.target() : null;
        }
        return new DraftIndicator(
                hasText(edit.name()) ? edit.name().strip() : i.name(),
                unit,
                i.baselineText(),
                targetText,
                readAs,
                edit.year() != null ? validYear(edit, i.targetYear()) : i.targetYear(),
                target,
                i.source(),
                i.chapter(),
                i.span(),
                i.sentenceSpan(),
                i.units(),
                i.distribution());
    }

    private static DraftMilestone milestone(DraftMilestone m, ItemEdit edit) {
        if (edit == null) {
            return m;
        }
        Integer year = edit.year() != null ? validYear(edit, m.year()) : Integer.valueOf(m.year());
        return new DraftMilestone(
                year == null ? m.year() : year,
                year == null || year == m.year() ? m.month() : null,
                hasText(edit.name()) ? edit.name().strip() : m.text(),
                edit.amount() != null ? plannedCost(edit, m.plannedCost()) : m.plannedCost(),
                m.span());
    }

    private static List<DraftBudgetLine> amounts(
            List<DraftBudgetLine> lines, String prefix, Map<String, ItemEdit> edits) {
        List<DraftBudgetLine> edited = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DraftBudgetLine b = lines.get(i);
            ItemEdit edit = edits.get(prefix + i);
            if (edit == null) {
                edited.add(b);
                continue;
            }
            // an amount that cannot be taken, or none, keeps the extracted one (the page refuses both)
            BigDecimal typed = TypedAmount.of(edit.amount()).value();
            edited.add(new DraftBudgetLine(
                    hasText(edit.name()) ? edit.name().strip() : b.label(),
                    typed != null ? typed : b.amount(),
                    typed != null ? TypedAmount.shown(typed) + "万元" : b.amountText(),
                    edit.year() != null ? validYear(edit, b.year()) : b.year(),
                    b.perYear(),
                    b.approximate(),
                    b.span()));
        }
        return edited;
    }

    /** The typed planned cost; a blank one clears it; one that cannot be taken keeps the extracted (the page refuses it). */
    private static BigDecimal plannedCost(ItemEdit edit, BigDecimal extracted) {
        TypedAmount typed = TypedAmount.of(edit.amount());
        return typed.problem() == null ? typed.value() : extracted;
    }

    /** The typed year; a blank one clears it; one that is no year keeps the extracted year (the page refuses it). */
    private static Integer validYear(ItemEdit edit, Integer extracted) {
        Integer year = edit.yearValue();
        return year != null && year < 0 ? extracted : year;
    }

    private static String year(Integer year) {
        return year == null ? null : String.valueOf(year);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
