package com.hospitalplan.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of one stage of a project and what they say. Plain Java.
 *
 * @param original the date first planned (null: never planned)
 * @param planned the date planned now
 * @param actual the date the stage was reached (null: not yet)
 * @param moves how many times the planned date was changed
 */
public record StageDates(VagueDate original, VagueDate planned, VagueDate actual, int moves) {

    /** Slipped: planned now for later than first planned. Moving a date earlier again is no slip. */
    public boolean slipped() {
        return planned != null && planned.isLaterThan(original);
    }

    /** Days between the latest day first planned and the latest day planned now; 0 when not slipped. */
    public long daysSlipped() {
        return slipped() ? ChronoUnit.DAYS.between(original.latest(), planned.latest()) : 0;
    }

    public boolean reached() {
        return actual != null;
    }

    /** Overdue: the last day the planned date allows has passed without the stage reached. */
    public boolean overdue(LocalDate today) {
        return !reached() && planned != null && planned.latest().isBefore(today);
    }

    /** Reached later than planned (the latest day of the actual date after that of the planned one). */
    public boolean reachedLate() {
        return reached() && actual.isLaterThan(planned);
    }
}
