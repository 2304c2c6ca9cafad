package com.hospitalplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a milestone is, apart from its place in the plan and its sub-targets: the task, when it is due (a year, perhaps
 * a date in it) and its planned cost in 万元. One definition serves the commands, the view and the workbook.
 */
public record MilestoneDefinition(
        String title, String description, int dueYear, LocalDate dueDate, BigDecimal plannedCost) {

    /** Whether the due date, when there is one, lies in the due year. */
    public boolean dueDateInDueYear() {
        return dueDate == null || dueDate.getYear() == dueYear;
    }
}
