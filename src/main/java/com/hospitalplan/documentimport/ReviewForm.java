package com.hospitalplan.documentimport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A review form as posted: the sections and items ticked, and the fields as typed per item key ({@code name.<key>},
 * {@code target.<key>}, {@code unit.<key>}, {@code year.<key>}, {@code amount.<key>}; a field the form did not have is
 * {@code null}). Says
 * which typed fields differ from the extracted ones and which cannot be taken. {@code units} holds the choice per
 * responsible unit ({@code org.<key>.<n>}); {@code basis} the basis documents as typed, or {@code null} when the form
 * had none; {@code facts} the plan's title, issuer and period as typed, or {@code null}; {@code coverage} the regions and
 * institutions chosen for the plan to cover, or {@code null} when the form had no such choice.
 */
public record ReviewForm(
        Set<Integer> sections,
        Set<String> items,
        Map<String, ItemEdit> typed,
        Map<String, String> units,
        Map<Integer, ReviewState.BasisEdit> basis,
        ReviewState.FactsEdit facts,
        ReviewState.CoverageEdit coverage) {

    static final int MAX_TITLE = 255;
    static final int MAX_ISSUER = 128;

    public ReviewForm {
        sections = Set.copyOf(sections);
        items = Set.copyOf(items);
        typed = Map.copyOf(typed);
        units = Map.copyOf(units);
        basis = basis == null ? null : Map.copyOf(basis);
    }

    /** A form with items only, no unit choices or basis documents. */
    public ReviewForm(Set<Integer> sections, Set<String> items, Map<String, ItemEdit> typed) {
        this(sections, items, typed, Map.of(), null, null, null);
    }

    /** The typed fields of these items that differ from the extracted ones. */
    Map<String, ItemEdit> changes(DraftLayout extracted, Set<String> keys) {
        Map<String, ItemEdit> changes = new HashMap<>();
        for (String key : keys) {
            ItemEdit edit = typed.get(key);
            if (edit != null) {
                ItemEdit changed = ItemEdit.ofChanges(
                        edit, DraftEdits.fieldsOf(extracted.entry(key).item()));
                if (changed != null) {
                    changes.put(key, changed);
                }
            }
        }
        return changes;
    }

    /** Each typed field of these items that cannot be taken, by field name ({@code year.i3}), with its message key. */
    Map<String, String> errors(DraftLayout extracted, Set<String> keys) {
        Map<String, String> errors = new HashMap<>();
        for (String key : keys) {
            ItemEdit edit = typed.get(key);
            if (edit == null) {
                continue;
            }
            String kind = extracted.entry(key).kind();
            if (edit.name() != null && edit.name().isBlank()) {
                errors.put("name." + key, "documentReview.error.nameRequired");
            } else if (edit.name() != null && edit.name().strip().length() > ItemEdit.MAX_NAME) {
                errors.put("name." + key, "documentReview.error.tooLong");
            }
            if (kind.equals("INDICATOR") && edit.target() != null) {
                if (edit.target().isBlank()) {
                    errors.put("target." + key, "documentReview.error.targetRequired");
                } else if (edit.target().strip().length() > ItemEdit.MAX_TARGET) {
                    errors.put("target." + key, "documentReview.error.tooLong");
                }
            }
            if (edit.unit() != null && edit.unit().strip().length() > ItemEdit.MAX_UNIT) {
                errors.put("unit." + key, "documentReview.error.tooLong");
            }
            Integer year = edit.yearValue();
            boolean milestoneWithoutYear = kind.equals("MILESTONE")
                    && edit.year() != null
                    && edit.year().isBlank();
            if (year != null && year < 0 || milestoneWithoutYear) {
                errors.put("year." + key, "documentReview.error.year");
            }
            // the document's own figure as shown is taken as read, even where it has more decimals than a typed one may
            String shown = DraftEdits.fieldsOf(extracted.entry(key).item()).amount();
            String amountProblem =
                    edit.amount() != null && edit.amount().strip().equals(shown)
                            ? null
                            : amountProblem(kind, edit.amount());
            if (amountProblem != null) {
                errors.put("amount." + key, amountProblem);
            }
        }
        factErrors(errors);
        return errors;
    }

    /**
     * Why an amount typed for an item of this kind cannot be taken, or {@code null}: a budget line and a stated total
     * need one, a milestone's planned cost may be left blank; goals and indicators have none.
     */
    private static String amountProblem(String kind, String typed) {
        if (typed == null || kind.equals("GOAL") || kind.equals("INDICATOR")) {
            return null;
        }
        TypedAmount amount = TypedAmount.of(typed);
        if (amount.problem() == null && amount.value() == null && !kind.equals("MILESTONE")) {
            return "documentReview.error.amountRequired";
        }
        return amount.problem();
    }

    /** The plan's facts as typed that cannot be taken: a long title or issuer, a year that is none, an end before the start. */
    private void factErrors(Map<String, String> errors) {
        if (facts == null) {
            return;
        }
        // a blank title or issuer means the document says none: the file's name and 未说明 stand in, as without the form
        if (facts.title() != null && facts.title().strip().length() > MAX_TITLE) {
            errors.put("factTitle", "documentReview.error.tooLong");
        }
        if (facts.issuer() != null && facts.issuer().strip().length() > MAX_ISSUER) {
            errors.put("factIssuer", "documentReview.error.tooLong");
        }
        Integer start = year(facts.startYear(), "factStart", errors);
        Integer end = year(facts.endYear(), "factEnd", errors);
        if (start != null && end != null && start > end) {
            errors.put("factEnd", "documentReview.error.period");
        }
    }

    private static Integer year(String typed, String field, Map<String, String> errors) {
        Integer value = new ItemEdit(null, null, null, typed).yearValue();
        if (value != null && value < 0) {
            errors.put(field, "documentReview.error.year");
            return null;
        }
        return value;
    }
}
