package com.hospitalplan.plan.web;

import com.hospitalplan.plan.LabelledLines;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.MilestoneView;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.SubTarget;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A milestone: due year (and date), optional planned cost in 万元, sub-targets one per line as "label: target". */
public class MilestoneForm extends ItemForm {

    private Long goalId;

    @NotBlank(message = "{milestone.form.titleRequired}")
    @Size(max = 500, message = "{form.tooLong}")
    private String title;

    @Size(max = 20000, message = "{form.tooLong}")
    private String description;

    @NotNull(message = "{plan.form.yearRequired}")
    @Min(value = 1990, message = "{plan.form.yearRange}")
    @Max(value = 2100, message = "{plan.form.yearRange}")
    private Integer dueYear;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    @DecimalMin(value = "0", message = "{budget.form.amountNegative}")
    @Digits(integer = 12, fraction = 2, message = "{budget.form.amountDigits}")
    private BigDecimal plannedCost;

    @Size(max = 4000, message = "{form.tooLong}")
    private String subTargets;

    static MilestoneForm of(MilestoneView milestone) {
        MilestoneForm form = new MilestoneForm();
        form.goalId = milestone.goalId();
        MilestoneDefinition definition = milestone.definition();
        form.title = definition.title();
        form.description = definition.description();
        form.dueYear = definition.dueYear();
        form.dueDate = definition.dueDate();
        form.plannedCost = definition.plannedCost();
        form.subTargets = String.join(
                "\n",
                milestone.subTargets().stream()
                        .map(s -> s.label() + ": " + s.targetText())
                        .toList());
        form.setVersion(milestone.version());
        return form;
    }

    boolean subTargetsReadable() {
        return LabelledLines.of(subTargets).stream().noneMatch(line -> line[0].isEmpty() || line[1].isEmpty());
    }

    boolean dueDateInDueYear() {
        return dueDate == null || dueYear == null || dueDate.getYear() == dueYear;
    }

    PlanCommands.SaveMilestone command() {
        List<SubTarget> parts = new ArrayList<>();
        for (String[] line : LabelledLines.of(subTargets)) {
            parts.add(new SubTarget(line[0], line[1]));
        }
        return new PlanCommands.SaveMilestone(
                goalId,
                new MilestoneDefinition(title.strip(), Texts.blankToNull(description), dueYear, dueDate, plannedCost),
                parts);
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
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

    public Integer getDueYear() {
        return dueYear;
    }

    public void setDueYear(Integer dueYear) {
        this.dueYear = dueYear;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getPlannedCost() {
        return plannedCost;
    }

    public void setPlannedCost(BigDecimal plannedCost) {
        this.plannedCost = plannedCost;
    }

    public String getSubTargets() {
        return subTargets;
    }

    public void setSubTargets(String subTargets) {
        this.subTargets = subTargets;
    }
}
