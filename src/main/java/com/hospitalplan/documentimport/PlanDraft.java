package com.hospitalplan.documentimport;

import java.util.List;

/**
 * A draft plan read from a document's text, nothing of it saved. Every item carries the span of {@code text} it came
 * from, so that a reviewer can see it in the document.
 *
 * @param text the document's text the spans refer to
 */
public record PlanDraft(
        String text,
        DraftFacts facts,
        List<DraftGoal> goals,
        List<DraftIndicator> indicators,
        List<DraftMilestone> milestones,
        List<DraftBudgetLine> budgetLines,
        List<DraftBudgetLine> statedTotals) {

    /** Every goal node, depth first. */
    public List<DraftGoal> allGoals() {
        List<DraftGoal> all = new java.util.ArrayList<>();
        addAll(goals, all);
        return all;
    }

    private static void addAll(List<DraftGoal> nodes, List<DraftGoal> all) {
        for (DraftGoal node : nodes) {
            all.add(node);
            addAll(node.children(), all);
        }
    }
}
