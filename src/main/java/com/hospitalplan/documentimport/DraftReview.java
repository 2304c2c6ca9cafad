package com.hospitalplan.documentimport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A waiting draft as the review page shows it: the document's text in segments (each segment covered by items carries
 * their keys, so that an item's text can be highlighted), the draft's items by top-level section with the reading of
 * each target, and what the extractor could not place.
 *
 * @param unplaced the items standing before the first top-level heading and the indicators whose target the parser
 *     did not understand
 * @param units the responsible units of goals and indicators by item key, as matched and as the planner chose
 * @param basis the basis documents (编制依据) as read and as the planner edited them
 * @param facts the plan's title, issuer and period as read or as typed
 * @param coverage what the new plan may cover and covers as chosen
 * @param splits the set each distributive target is stated for, by item key
 */
public record DraftReview(
        String token,
        String fileName,
        String title,
        Instant expiresAt,
        List<Segment> segments,
        List<Section> sections,
        List<Item> unplaced,
        int goals,
        int indicators,
        Replaced replaces,
        Map<String, String> errors,
        Map<String, List<UnitRow>> units,
        List<BasisRow> basis,
        ReviewState.FactsEdit facts,
        Coverage coverage,
        Map<String, Distribution> splits) {

    /**
     * The plan's coverage on the page: a target stated for every county or institution is entered for each one
     * covered.
     *
     * @param replacing whether a draft's content is replaced (its own coverage stays; nothing to choose)
     * @param regions the regions that may be chosen: the owner's and those in it
     * @param institutions the institutions that may be chosen: those in these regions
     */
    public record Coverage(
            boolean replacing,
            List<Option> regions,
            List<Option> institutions,
            java.util.Set<String> chosenRegions,
            java.util.Set<String> chosenInstitutions) {}

    /** The set a distributive target is stated for, or {@code null}. */
    public Distribution splitOf(String key) {
        return splits.get(key);
    }

    /**
     * A responsible unit of an item as the page shows it.
     *
     * @param field the form field of the planner's choice ({@code org.g3.0})
     * @param name the name as written
     * @param match how the name stands against the directory
     * @param matchedName the organisation matched (or chosen), or {@code null}
     * @param choice the planner's choice so far: blank (the proposal), {@code drop}, {@code new} or an organisation id
     * @param options what the planner may choose instead
     */
    public record UnitRow(
            String field,
            String name,
            boolean leading,
            UnitMatch.Status match,
            String matchedName,
            String choice,
            List<Option> options) {}

    /** A choice of a select: its value and its label (a message key when {@code message} is set). */
    public record Option(String value, String label, boolean message) {}

    /** A basis document: its index, title and number as the planner left them, whether it is kept. */
    public record BasisRow(int index, String title, String number, boolean kept) {}

    /** The responsible units of an item, none when the document names none. */
    public List<UnitRow> unitsOf(String key) {
        return units.getOrDefault(key, List.of());
    }

    /** The draft plan whose content a confirmation replaces. */
    public record Replaced(Long planId, String title) {}

    /** How many sections are decided (accepted or dropped). */
    public long decided() {
        return sections.stream()
                .filter(s -> s.state() != ReviewState.State.OPEN)
                .count();
    }

    /** The message key of a field's refusal ({@code name.g3}, {@code year.i2}), or {@code null}. */
    public String error(String field) {
        return errors.get(field);
    }

    /** A piece of the text; {@code keys} names the items it belongs to (blank-separated), or is {@code null}. */
    public record Segment(String text, String keys) {}

    /**
     * A top-level section (0: before the first top-level heading) with its items in document order and whether the
     * planner accepted it, dropped it or has not decided yet.
     */
    public record Section(int index, String title, List<Item> items, ReviewState.State state, boolean refused) {

        public boolean open() {
            return state == ReviewState.State.OPEN;
        }
    }

    /**
     * An item as listed.
     *
     * @param kind GOAL, INDICATOR, MILESTONE, BUDGET_LINE or STATED_TOTAL
     * @param label the goal's number and title, the indicator's name, the milestone's text, the amount's label
     * @param detail the target or amount as written, or the year
     * @param reading the target parser's sentence, or {@code null}
     * @param confidence how the item was found ({@link DraftConfidence})
     * @param fields the item's fields for the edit form: as extracted, or as the planner typed them
     * @param accepted whether the item's box is ticked
     * @param edited whether the planner changed the item
     */
    public record Item(
            String key,
            String kind,
            int depth,
            String label,
            String detail,
            String reading,
            String source,
            DraftConfidence.Reason confidence,
            boolean unread,
            ItemEdit fields,
            boolean accepted,
            boolean edited) {

        public DraftConfidence.Level level() {
            return confidence.level();
        }
    }

    /** A highlightable span of an item. */
    record Mark(String key, Span span) {}

    /** The text cut at every mark's start and end. */
    static List<Segment> segments(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark mark : marks) {
            cuts.add(Math.min(mark.span().start(), text.length()));
            cuts.add(Math.min(mark.span().end(), text.length()));
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                StringBuilder keys = new StringBuilder();
                for (Mark mark : marks) {
                    if (mark.span().start() <= from && mark.span().end() >= cut) {
                        keys.append(keys.isEmpty() ? "" : " ").append(mark.key());
                    }
                }
                segments.add(new Segment(text.substring(from, cut), keys.isEmpty() ? null : keys.toString()));
            }
            from = cut;
        }
        return segments;
    }
}
