package com.hospitalplan.plan;

import java.util.List;

/** A goal with its children, in document order; {@code depth} 0 is a chapter. */
public record GoalNode(
        Long id,
        Long parentId,
        String number,
        String title,
        String description,
        int depth,
        long version,
        List<ResponsibleUnit> responsible,
        List<GoalNode> children) {

    /** "四、(一) 建设…" as a one-line label. */
    public String label() {
        return number == null || number.isBlank() ? title : number + " " + title;
    }
}
