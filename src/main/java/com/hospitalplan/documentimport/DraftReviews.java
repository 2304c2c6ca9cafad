package com.hospitalplan.documentimport;

import com.hospitalplan.planworkbook.PendingImports;
import com.hospitalplan.targets.TargetService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lays a waiting draft out for the review page, with the planner's decisions and edits so far. */
final class DraftReviews {

    /** A section's ticks as the planner sent them in a refused form, shown again instead of the stored ones. */
    record Typed(int section, Set<String> items) {}

    private DraftReviews() {}

    /**
     * @param extracted the draft as the extractor read it
     * @param edited the same draft with the stored edits applied
     * @param state the decisions, and the edits as typed (a refused form's too)
     * @param typed a refused form's ticks, or {@code null}
     */
    static DraftReview of(
            String token,
            PendingImports.Waiting waiting,
            DraftLayout extracted,
            DraftLayout edited,
            ReviewState state,
            Typed typed,
            Map<String, String> errors,
            DraftReview.Replaced replaces,
            TargetService targets,
            Locale locale,
            Map<String, List<DraftReview.UnitRow>> units,
            List<DraftReview.BasisRow> basis,
            ReviewState.FactsEdit facts,
            DraftReview.Coverage coverage) {
        PlanDraft draft = edited.draft();
        Map<String, Distribution> splits = new java.util.HashMap<>();
        List<List<DraftReview.Item>> bySection = new ArrayList<>();
        for (int s = 0; s < edited.sectionCount(); s++) {
            bySection.add(new ArrayList<>());
        }
        List<DraftReview.Mark> marks = new ArrayList<>();
        List<DraftReview.Item> unplaced = new ArrayList<>();
        int goals = 0;
        for (DraftLayout.Entry entry : edited.entries()) {
            boolean accepted = accepted(entry, state, typed);
            ItemEdit typedEdit = state.edits().get(entry.key());
            ItemEdit fields =
                    overlay(DraftEdits.fieldsOf(extracted.entry(entry.key()).item()), typedEdit);
            DraftReview.Item item = item(entry, draft.text(), fields, accepted, typedEdit != null, targets, locale);
            bySection.get(entry.section()).add(item);
            Span highlight = entry.item() instanceof DraftIndicator i ? i.span() : entry.span();
            marks.add(new DraftReview.Mark(entry.key(), highlight));
            if (entry.section() == DraftLayout.UNPLACED || item.unread()) {
                unplaced.add(item);
            }
            goals += entry.kind().equals("GOAL") ? 1 : 0;
            if (entry.item() instanceof DraftIndicator i && i.distribution() != null) {
                splits.put(entry.key(), i.distribution());
            }
        }
        List<DraftReview.Section> sections = new ArrayList<>();
        for (int s = 0; s < bySection.size(); s++) {
            List<DraftReview.Item> items = bySection.get(s);
            if (s == DraftLayout.UNPLACED && items.isEmpty()) {
                continue;
            }
            // items in document order within each section
            items.sort(Comparator.comparingInt(i -> edited.entry(i.key()).span().start()));
            String title = s == DraftLayout.UNPLACED
                    ? null
                    : edited.sectionGoal(s).number() + edited.sectionGoal(s).title();
            boolean refused = typed != null && typed.section() == s && !errors.isEmpty();
            sections.add(new DraftReview.Section(
                    s, title, items, refused ? ReviewState.State.OPEN : state.stateOf(s), refused));
        }
        return new DraftReview(
                token,
                waiting.pending().fileName(),
                draft.facts().title(),
                waiting.expiresAt(),
                DraftReview.segments(draft.text(), marks),
                sections,
                unplaced,
                goals,
                draft.indicators().size(),
                replaces,
                Map.copyOf(errors),
                Map.copyOf(units),
                List.copyOf(basis),
                facts,
                coverage,
                Map.copyOf(splits));
    }

    private static boolean accepted(DraftLayout.Entry entry, ReviewState state, Typed typed) {
        if (typed != null && typed.section() == entry.section()) {
            return typed.items().contains(entry.key());
        }
        ReviewState.SectionDecision decision = state.sections().get(entry.section());
        return decision == null || decision.items().contains(entry.key());
    }

    private static ItemEdit overlay(ItemEdit extracted, ItemEdit typed) {
        if (typed == null) {
            return extracted;
        }
        return new ItemEdit(
                typed.name() != null ? typed.name() : extracted.name(),
                typed.target() != null ? typed.target() : extracted.target(),
                typed.unit() != null ? typed.unit() : extracted.unit(),
                typed.year() != null ? typed.year() : extracted.year(),
                typed.amount() != null ? typed.amount() : extracted.amount());
    }

    private static DraftReview.Item item(
            DraftLayout.Entry entry,
            String text,
            ItemEdit fields,
            boolean accepted,
            boolean edited,
            TargetService targets,
            Locale locale) {
        Object it = entry.item();
        DraftConfidence.Reason confidence = DraftConfidence.of(
                it,
                entry.section() != DraftLayout.UNPLACED,
                DraftConfidence.inTableRow(text, entry.span().start()));
        if (it instanceof DraftGoal g) {
            return new DraftReview.Item(
                    entry.key(),
                    entry.kind(),
                    entry.depth(),
                    g.number() + g.title(),
                    null,
                    null,
                    null,
                    confidence,
                    false,
                    fields,
                    accepted,
                    edited);
        }
        if (it instanceof DraftIndicator i) {
            String reading = i.target() == null ? null : targets.reading(i.target(), locale);
            String detail =
                    i.targetText() + (i.unit() == null || i.targetText().contains(i.unit()) ? "" : " " + i.unit());
            return new DraftReview.Item(
                    entry.key(),
                    entry.kind(),
                    0,
                    i.name(),
                    i.targetYear() == null ? detail : detail + " (" + i.targetYear() + ")",
                    reading,
                    i.source(),
                    confidence,
                    i.target() == null,
                    fields,
                    accepted,
                    edited);
        }
        if (it instanceof DraftMilestone m) {
            return new DraftReview.Item(
                    entry.key(),
                    entry.kind(),
                    0,
                    m.text(),
                    String.valueOf(m.year()),
                    null,
                    null,
                    confidence,
                    false,
                    fields,
                    accepted,
                    edited);
        }
        DraftBudgetLine b = (DraftBudgetLine) it;
        return new DraftReview.Item(
                entry.key(),
                entry.kind(),
                0,
                b.label(),
                b.amountText() + (b.year() == null ? "" : " (" + b.year() + ")"),
                null,
                null,
                confidence,
                false,
                fields,
                accepted,
                edited);
    }
}
