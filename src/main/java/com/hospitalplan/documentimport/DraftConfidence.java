package com.hospitalplan.documentimport;

/**
 * How sure the review page is of an extracted item, from how it was found, so that the planner knows where to look
 * first. The rule, in this order:
 *
 * <ol>
 *   <li>an item standing before the document's first top-level heading: low (it could not be placed);
 *   <li>an indicator whose target the parser could not read: low;
 *   <li>an indicator from a table row whose headers were recognised: high; from a sentence of running text: medium;
 *   <li>a goal from a numbered heading: high; from a "一是…" or "——" item in a paragraph: medium;
 *   <li>an amount from a table row: high; from a sentence: medium;
 *   <li>a milestone (a dated sentence, or one under a yearly schedule heading): medium.
 * </ol>
 */
public final class DraftConfidence {

    /** The level shown as 高 / 中 / 低. */
    public enum Level {
        HIGH,
        MEDIUM,
        LOW
    }

    /** Why: each reason has its own explanation on the page ({@code documentReview.confidence.reason.*}). */
    public enum Reason {
        UNPLACED(Level.LOW),
        TARGET_UNREAD(Level.LOW),
        TABLE_ROW(Level.HIGH),
        SENTENCE_TARGET(Level.MEDIUM),
        NUMBERED_HEADING(Level.HIGH),
        PARAGRAPH_ITEM(Level.MEDIUM),
        MONEY_TABLE(Level.HIGH),
        MONEY_SENTENCE(Level.MEDIUM),
        DATED_SENTENCE(Level.MEDIUM);

        private final Level level;

        Reason(Level level) {
            this.level = level;
        }

        public Level level() {
            return level;
        }
    }

    private DraftConfidence() {}

    /**
     * @param item the extracted item (a {@link DraftGoal}, {@link DraftIndicator}, {@link DraftMilestone} or {@link
     *     DraftBudgetLine})
     * @param placed whether it stands in a top-level section
     * @param inTableRow whether the line it stands on is a table row (tab-separated cells)
     */
    public static Reason of(Object item, boolean placed, boolean inTableRow) {
        if (!placed) {
            return Reason.UNPLACED;
        }
        if (item instanceof DraftIndicator i) {
            if (i.target() == null) {
                return Reason.TARGET_UNREAD;
            }
            return "TABLE".equals(i.source()) ? Reason.TABLE_ROW : Reason.SENTENCE_TARGET;
        }
        if (item instanceof DraftGoal g) {
            return g.number().endsWith("是") || g.number().startsWith("—")
                    ? Reason.PARAGRAPH_ITEM
                    : Reason.NUMBERED_HEADING;
        }
        if (item instanceof DraftBudgetLine) {
            return inTableRow ? Reason.MONEY_TABLE : Reason.MONEY_SENTENCE;
        }
        return Reason.DATED_SENTENCE;
    }

    /** Whether the line of the text around {@code position} is a table row. */
    static boolean inTableRow(String text, int position) {
        int from = Math.min(position, text.length());
        int start = text.lastIndexOf('\n', from - 1) + 1;
        int end = text.indexOf('\n', from);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.indexOf('\t') >= 0;
    }
}
