package com.hospitalplan.dashboard;

import java.time.LocalDate;

/** Where one unit's report for one period stands against the due date (with grace days). Plain Java. */
public enum Punctuality {
    ON_TIME,
    LATE,
    RETURNED,
    OVERDUE,
    OPEN;

    /**
     * @param status the report's status, or {@code null} when the unit has not started one
     * @param submittedOn the day it was (last) submitted, or {@code null}
     */
    static Punctuality of(LocalDate dueOn, int graceDays, String status, LocalDate submittedOn, LocalDate today) {
        LocalDate deadline = dueOn.plusDays(graceDays);
        if ("SUBMITTED".equals(status) || "APPROVED".equals(status)) {
            return submittedOn != null && submittedOn.isAfter(deadline) ? LATE : ON_TIME;
        }
        if ("RETURNED".equals(status)) {
            return RETURNED;
        }
        return today.isAfter(deadline) ? OVERDUE : OPEN;
    }
}
