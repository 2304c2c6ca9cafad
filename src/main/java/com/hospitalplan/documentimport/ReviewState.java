package com.hospitalplan.documentimport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner decided so far on a document's review page, section by section: a decided section is accepted
 * (with the items ticked in it) or dropped; an undecided one is taken from the confirming form. Edits are kept per
 * item key whatever the section's state, and so are the choices per responsible unit ({@code units}: by field
 * {@code org.<key>.<n>}, the value {@code drop}, {@code new} or an organisation id) and the basis documents as edited
 * ({@code basis}, by their index), and the plan's title, issuer and period as typed ({@code facts}, {@code null} while
 * untouched), and the plan's coverage as chosen ({@code coverage}, {@code null} while untouched).
 */
public record ReviewState(
        Map<Integer, SectionDecision> sections,
        Map<String, ItemEdit> edits,
        Map<String, String> units,
        Map<Integer, BasisEdit> basis,
        FactsEdit facts,
        CoverageEdit coverage) {

    /**
     * The regions and institutions the new plan is to cover, as chosen on the page: a target stated for every county
     * or institution is entered for each of them.
     */
    public record CoverageEdit(List<String> regions, List<Long> organizations) {

        public CoverageEdit {
            regions = regions == null ? List.of() : List.copyOf(regions);
            organizations = organizations == null ? List.of() : List.copyOf(organizations);
        }
    }

    /** The plan's title, issuer, first and last year as typed; a blank field means the document says nothing. */
    public record FactsEdit(String title, String issuer, String startYear, String endYear) {}

    /** A basis document as the planner left it: its title and number as typed, or dropped. */
    public record BasisEdit(String title, String number, boolean dropped) {}

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
        // a state kept before units and basis documents were reviewed has neither
        units = units == null ? Map.of() : Map.copyOf(units);
        basis = basis == null ? Map.of() : Map.copyOf(basis);
    }

    public static ReviewState empty() {
        return new ReviewState(Map.of(), Map.of(), Map.of(), Map.of(), null, null);
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
        return new ReviewState(s, e, units, basis, facts, coverage);
    }

    /**
     * This state with the unit choices of the given items replaced by {@code newChoices}, and the basis documents by
     * {@code newBasis} and the facts by {@code newFacts} when the form had them ({@code null} keeps them).
     */
    public ReviewState withChoices(
            Set<String> itemKeys,
            Map<String, String> newChoices,
            Map<Integer, BasisEdit> newBasis,
            FactsEdit newFacts) {
        Map<String, String> u = new HashMap<>(units);
        u.keySet().removeIf(field -> itemKeys.contains(itemOf(field)));
        newChoices.forEach((field, value) -> {
            if (itemKeys.contains(itemOf(field))) {
                u.put(field, value);
            }
        });
        return new ReviewState(
                sections, edits, u, newBasis == null ? basis : newBasis, newFacts == null ? facts : newFacts, coverage);
    }

    /**
     * This state with the choices of the given items and the plan's basis documents, facts and coverage as the form
     * has them ({@link #withChoices(Set, Map, Map, FactsEdit)}).
     */
    public ReviewState withChoices(Set<String> itemKeys, ReviewForm form) {
        ReviewState chosen = withChoices(itemKeys, form.units(), form.basis(), form.facts());
        return form.coverage() == null
                ? chosen
                : new ReviewState(
                        chosen.sections, chosen.edits, chosen.units, chosen.basis, chosen.facts, form.coverage());
    }

    /** This state with these edits instead of its own. */
    public ReviewState withEdits(Map<String, ItemEdit> newEdits) {
        return new ReviewState(sections, newEdits, units, basis, facts, coverage);
    }

    /** The item key of a unit field ({@code org.g3.1} gives {@code g3}). */
    static String itemOf(String field) {
        String[] parts = field.split("\\.");
        return parts.length == 3 ? parts[1] : "";
    }

    /** This state without the edits of items that have a refused field, so the draft shown is what would be saved. */
    public ReviewState withoutRefused(Map<String, String> errors) {
        Map<String, ItemEdit> valid = new HashMap<>();
        edits.forEach((key, edit) -> {
            if (errors.keySet().stream().noneMatch(field -> field.endsWith("." + key))) {
                valid.put(key, edit);
            }
        });
        return new ReviewState(sections, valid, units, basis, facts, coverage);
    }
}
