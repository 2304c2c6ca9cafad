package com.hospitalplan.documentimport;

import com.hospitalplan.planworkbook.PendingImports;
import com.hospitalplan.targets.TargetService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays a waiting draft out for the review page. */
final class DraftReviews {

    private DraftReviews() {}

    static DraftReview of(
            String token, PendingImports.Waiting waiting, DraftLayout layout, TargetService targets, Locale locale) {
        PlanDraft draft = layout.draft();
        List<List<DraftReview.Item>> bySection = new ArrayList<>();
        for (int s = 0; s < layout.sectionCount(); s++) {
            bySection.add(new ArrayList<>());
        }
        List<DraftReview.Mark> marks = new ArrayList<>();
        List<DraftReview.Item> unplaced = new ArrayList<>();
        int goals = 0;
        for (DraftLayout.Entry entry : layout.entries()) {
            DraftReview.Item item = item(entry, targets, locale);
            bySection.get(entry.section()).add(item);
            Span highlight = entry.item() instanceof DraftIndicator i ? i.span() : entry.span();
            marks.add(new DraftReview.Mark(entry.key(), highlight));
            if (entry.section() == DraftLayout.UNPLACED || item.unread()) {
                unplaced.add(item);
            }
            goals += entry.kind().equals("GOAL") ? 1 : 0;
        }
        // items in document order within each section
        List<DraftReview.Section> sections = new ArrayList<>();
        for (int s = 0; s < bySection.size(); s++) {
            List<DraftReview.Item> items = bySection.get(s);
            if (s == DraftLayout.UNPLACED && items.isEmpty()) {
                continue;
            }
            items.sort(java.util.Comparator.comparingInt(
                    i -> layout.entry(i.key()).span().start()));
            String title = s == DraftLayout.UNPLACED
                    ? null
                    : layout.sectionGoal(s).number() + layout.sectionGoal(s).title();
            sections.add(new DraftReview.Section(s, title, items));
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
                draft.indicators().size());
    }

    private static DraftReview.Item item(DraftLayout.Entry entry, TargetService targets, Locale locale) {
        Object it = entry.item();
        if (it instanceof DraftGoal g) {
            return new DraftReview.Item(
                    entry.key(), entry.kind(), entry.depth(), g.number() + g.title(), null, null, null, null, false);
        }
        if (it instanceof DraftIndicator i) {
            String reading = i.target() == null ? null : targets.reading(i.target(), locale);
            return new DraftReview.Item(
                    entry.key(),
                    entry.kind(),
                    0,
                    i.name(),
                    i.targetText(),
                    reading,
                    i.source(),
                    null,
                    i.target() == null);
        }
        if (it instanceof DraftMilestone m) {
            return new DraftReview.Item(
                    entry.key(), entry.kind(), 0, m.text(), String.valueOf(m.year()), null, null, null, false);
        }
        DraftBudgetLine b = (DraftBudgetLine) it;
        return new DraftReview.Item(
                entry.key(),
                entry.kind(),
                0,
                b.label(),
                b.amountText(),
                null,
                b.year() == null ? null : String.valueOf(b.year()),
                null,
                false);
    }
}
