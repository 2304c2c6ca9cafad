package com.hospitalplan.documentimport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A review form as posted: the sections and items ticked, and the fields as typed per item key ({@code name.<key>},
 * {@code target.<key>}, {@code unit.<key>}, {@code year.<key>}; a field the form did not have is {@code null}). Says
 * which typed fields differ from the extracted ones and which cannot be taken. {@code units} holds the choice per
 * responsible unit ({@code org.<key>.<n>}); {@code basis} the basis documents as typed, or {@code null} when the form
 * had none.
 */
public record ReviewForm(
        Set<Integer> sections,
        Set<String> items,
        Map<String, ItemEdit> typed,
        Map<String, String> units,
        Map<Integer, ReviewState.BasisEdit> basis) {

    public ReviewForm {
        sections = Set.copyOf(sections);
        items = Set.copyOf(items);
        typed = Map.copyOf(typed);
        units = Map.copyOf(units);
        basis = basis == null ? null : Map.copyOf(basis);
    }

    /** A form with items only, no unit choices or basis documents. */
    public ReviewForm(Set<Integer> sections, Set<String> items, Map<String, ItemEdit> typed) {
        this(sections, items, typed, Map.of(), null);
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
        }
        return errors;
    }
}
