package com.hospitalplan.plan.web;

import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.PlanCommands;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A goal (chapter, area, task or sub-task): number as in the document, title, description, responsible units. */
public class GoalForm extends UnitsForm {

    private Long parentId;

    @Size(max = 16, message = "{form.tooLong}")
    private String number;

    @NotBlank(message = "{goal.form.titleRequired}")
    @Size(max = 500, message = "{form.tooLong}")
    private String title;

    @Size(max = 20000, message = "{form.tooLong}")
    private String description;

    static GoalForm of(GoalNode goal) {
        GoalForm form = new GoalForm();
        form.parentId = goal.parentId();
        form.number = goal.number();
        form.title = goal.title();
        form.description = goal.description();
        form.fillUnits(goal.responsible());
        form.setVersion(goal.version());
        return form;
    }

    PlanCommands.SaveGoal command() {
        return new PlanCommands.SaveGoal(
                parentId,
                Texts.blankToNull(number),
                title.strip(),
                Texts.blankToNull(description),
                getLeadingUnitId(),
                otherUnits());
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
