package com.hospitalplan.documentimport;

import java.util.Set;

/**
 * What the planner accepted on the review page: the sections (by number, see {@link DraftLayout}) and the items (by
 * key). An item is accepted when it and its section are.
 */
public record DraftSelection(Set<Integer> sections, Set<String> items) {

    public DraftSelection {
        sections = Set.copyOf(sections);
        items = Set.copyOf(items);
    }

    public boolean accepts(DraftLayout.Entry entry) {
        return sections.contains(entry.section()) && items.contains(entry.key());
    }
}
