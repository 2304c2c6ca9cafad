package com.hospitalplan.documentimport;

/**
 * What a planner typed over an extracted item on the review page; a {@code null} field keeps what the document says.
 *
 * @param name the goal's title, the indicator's name, the milestone's text or the amount's label
 * @param target the indicator's target as the planner words it (read again by the target parser)
 * @param unit the indicator's unit
 * @param year the indicator's target year, the milestone's or the amount's year, as typed
 */
public record ItemEdit(String name, String target, String unit, String year) {

    public static final int MAX_NAME = 500;
    public static final int MAX_TARGET = 500;
    public static final int MAX_UNIT = 32;

    /** Only what differs from the item as extracted; {@code null} when nothing does. */
    static ItemEdit ofChanges(ItemEdit typed, ItemEdit extracted) {
        ItemEdit changes = new ItemEdit(
                changed(typed.name(), extracted.name()),
                changed(typed.target(), extracted.target()),
                changed(typed.unit(), extracted.unit()),
                changed(typed.year(), extracted.year()));
        return changes.isEmpty() ? null : changes;
    }

    boolean isEmpty() {
        return name == null && target == null && unit == null && year == null;
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

    private static String changed(String typed, String extracted) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        String e = extracted == null ? "" : extracted.strip();
        return t.equals(e) ? null : t;
    }
}
