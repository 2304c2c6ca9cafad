package com.hospitalplan.documentimport;

import java.math.BigDecimal;

/**
 * What a planner typed over an extracted item on the review page; a {@code null} field keeps what the document says.
 *
 * @param name the goal's title, the indicator's name, the milestone's text or the amount's label
 * @param target the indicator's target as the planner words it (read again by the target parser)
 * @param unit the indicator's unit
 * @param year the indicator's target year, the milestone's or the amount's year, as typed
 * @param amount the amount in 万元 of a budget line or stated total, or a milestone's planned cost, as typed
 *     ({@link TypedAmount})
 */
public record ItemEdit(String name, String target, String unit, String year, String amount) {

    public static final int MAX_NAME = 500;
    public static final int MAX_TARGET = 500;
    public static final int MAX_UNIT = 32;

    /** An edit without an amount (a goal's or an indicator's). */
    public ItemEdit(String name, String target, String unit, String year) {
        this(name, target, unit, year, null);
    }

    /** Only what differs from the item as extracted; {@code null} when nothing does. */
    static ItemEdit ofChanges(ItemEdit typed, ItemEdit extracted) {
        ItemEdit changes = new ItemEdit(
                changed(typed.name(), extracted.name()),
                changed(typed.target(), extracted.target()),
                changed(typed.unit(), extracted.unit()),
                changed(typed.year(), extracted.year()),
                changedAmount(typed.amount(), extracted.amount()));
        return changes.isEmpty() ? null : changes;
    }

    boolean isEmpty() {
        return name == null && target == null && unit == null && year == null && amount == null;
    }

    /** The year typed, or {@code null} when none was typed; {@code -1} when it is no year between 1900 and 2100. */
    Integer yearValue() {
        if (year == null || year.isBlank()) {
            return null;
        }
        String y = year.strip();
        if (!y.matches("\\d{4}")) {
            return -1;
        }
        int value = Integer.parseInt(y);
        return value < 1900 || value > 2100 ? -1 : value;
    }

    /** The typed amount unless it is the extracted one, however written ("1200.00" is 1200). */
    private static String changedAmount(String typed, String extracted) {
        String changed = changed(typed, extracted);
        if (changed == null || extracted == null) {
            return changed;
        }
        BigDecimal t = TypedAmount.of(changed).value();
        BigDecimal e = TypedAmount.of(extracted).value();
        return t != null && e != null && t.compareTo(e) == 0 ? null : changed;
    }

    private static String changed(String typed, String extracted) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        String e = extracted == null ? "" : extracted.strip();
        return t.equals(e) ? null : t;
    }
}
