package com.hospitalplan.documentimport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the planner decided so far on a document's review page, section by section: a decided section is accepted
 * (with the items ticked in it) or dropped; an undecided one is taken from the confirming form. Edits are kept per
 * item key whatever the section's state.
 */
public record ReviewState(Map<Integer, SectionDecision> sections, Map<String, ItemEdit> edits) {

    /** A section's state on the page. */
    public enum State {
        OPEN,
        ACCEPTED,
        DROPPED
    }

    /** A section's state and the items ticked in it (none when dropped). */
    public record SectionDecision(State state, Set<String> items) {

        public SectionDecision {
            items = Set.copyOf(items);
        }
    }

    public ReviewState {
        sections = Map.copyOf(sections);
        edits = Map.copyOf(edits);
    }

    public static ReviewState empty() {
        return new ReviewState(Map.of(), Map.of());
    }

    public State stateOf(int section) {
        SectionDecision decision = sections.get(section);
        return decision == null ? State.OPEN : decision.state();
    }

    /**
     * This state with one section decided (or opened again, keeping its ticks) and the edits of the given items
     * replaced.
     */
    public ReviewState with(
            int section, SectionDecision decision, Set<String> sectionKeys, Map<String, ItemEdit> newEdits) {
        Map<Integer, SectionDecision> s = new HashMap<>(sections);
        s.put(section, decision);
        Map<String, ItemEdit> e = new HashMap<>(edits);
        e.keySet().removeAll(sectionKeys);
        e.putAll(newEdits);
        return new ReviewState(s, e);
    }

    /** This state without the edits of items that have a refused field, so the draft shown is what would be saved. */
    public ReviewState withoutRefused(Map<String, String> errors) {
        Map<String, ItemEdit> valid = new HashMap<>();
        edits.forEach((key, edit) -> {
            if (errors.keySet().stream().noneMatch(field -> field.endsWith("." + key))) {
                valid.put(key, edit);
            }
        });
        return new ReviewState(sections, valid);
    }
}
