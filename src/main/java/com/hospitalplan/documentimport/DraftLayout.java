package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft laid out for review: every item under a key ({@code g} goals depth first, {@code i} indicators, {@code m}
 * milestones, {@code b} budget lines, {@code t} stated totals, each numbered from 0 in the draft's order) and in a
 * section. Section 1 to n are the document's top-level goals in order; an item stands in the last one that begins
 * before it. Section 0 holds what stands before the first top-level heading: the extractor could not place it.
 */
public final class DraftLayout {

    /** The section of what stands before the first top-level heading. */
    public static final int UNPLACED = 0;

    /** One extracted item: its key, kind (GOAL, INDICATOR, MILESTONE, BUDGET_LINE, STATED_TOTAL) and place. */
    public record Entry(String key, String kind, int section, int depth, Span span, Object item) {}

    private final PlanDraft draft;
    private final List<Integer> sectionStarts = new ArrayList<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<DraftGoal, String> goalKeys = new java.util.IdentityHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();

    public DraftLayout(PlanDraft draft) {
        this.draft = draft;
        for (DraftGoal top : draft.goals()) {
            sectionStarts.add(top.span().start());
        }
        int[] counter = {0};
        for (int s = 0; s < draft.goals().size(); s++) {
            addGoal(draft.goals().get(s), null, s + 1, 0, counter);
        }
        List<DraftIndicator> indicators = draft.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            add("i" + i, "INDICATOR", indicators.get(i).sentenceSpan(), indicators.get(i));
        }
        for (int i = 0; i < draft.milestones().size(); i++) {
            add(
                    "m" + i,
                    "MILESTONE",
                    draft.milestones().get(i).span(),
                    draft.milestones().get(i));
        }
        for (int i = 0; i < draft.budgetLines().size(); i++) {
            add(
                    "b" + i,
                    "BUDGET_LINE",
                    draft.budgetLines().get(i).span(),
                    draft.budgetLines().get(i));
        }
        for (int i = 0; i < draft.statedTotals().size(); i++) {
            add(
                    "t" + i,
                    "STATED_TOTAL",
                    draft.statedTotals().get(i).span(),
                    draft.statedTotals().get(i));
        }
    }

    private void addGoal(DraftGoal goal, String parentKey, int section, int depth, int[] counter) {
        String key = "g" + counter[0]++;
        goalKeys.put(goal, key);
        parents.put(key, parentKey);
        entries.put(key, new Entry(key, "GOAL", section, depth, goal.span(), goal));
        for (DraftGoal child : goal.children()) {
            addGoal(child, key, section, depth + 1, counter);
        }
    }

    private void add(String key, String kind, Span span, Object item) {
        entries.put(key, new Entry(key, kind, sectionOf(span.start()), 0, span, item));
    }

    /** The section a position of the text stands in: the last top-level goal beginning at or before it, or 0. */
    public int sectionOf(int position) {
        int index = Collections.binarySearch(sectionStarts, position);
        return index >= 0 ? lastStartingAt(index) + 1 : -index - 1;
    }

    private int lastStartingAt(int index) {
        int i = index;
        while (i + 1 < sectionStarts.size() && sectionStarts.get(i + 1) == sectionStarts.get(index)) {
            i++;
        }
        return i;
    }

    public PlanDraft draft() {
        return draft;
    }

    /** How many sections: the unplaced one and one per top-level goal. */
    public int sectionCount() {
        return sectionStarts.size() + 1;
    }

    /** Every item, goals first (depth first), then indicators, milestones, budget lines, stated totals. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public String keyOf(DraftGoal goal) {
        return goalKeys.get(goal);
    }

    /** The goal's parent's key, or {@code null} for a top-level goal. */
    public String parentOf(String goalKey) {
        return parents.get(goalKey);
    }

    /** The keys of a section's items. */
    public java.util.Set<String> keysOf(int section) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Entry entry : entries.values()) {
            if (entry.section() == section) {
                keys.add(entry.key());
            }
        }
        return keys;
    }

    /** The top-level goal that opens a section (1 to n). */
    public DraftGoal sectionGoal(int section) {
        return draft.goals().get(section - 1);
    }
}
