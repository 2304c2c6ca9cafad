package com.hospitalplan.plan.web;

import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.BudgetLineView;
import com.hospitalplan.plan.PlanCommands;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A budget line in 万元: funding source, spending category, year (blank for the whole period), amount or 金额未说明,
 * per year (每年), approximate (约), counted in the totals or not. See {@link BudgetAmount}.
 */
public class BudgetLineForm extends ItemForm {

    private Long goalId;

    @NotBlank(message = "{budget.form.sourceRequired}")
    @Size(max = 64, message = "{form.tooLong}")
    private String fundingSource;

    @NotBlank(message = "{budget.form.categoryRequired}")
    @Size(max = 128, message = "{form.tooLong}")
    private String category;

    @Min(value = 1990, message = "{plan.form.yearRange}")
    @Max(value = 2100, message = "{plan.form.yearRange}")
    private Integer year;

    @DecimalMin(value = "0", message = "{budget.form.amountNegative}")
    @Digits(integer = 12, fraction = 2, message = "{budget.form.amountDigits}")
    private BigDecimal amount;

    private boolean amountNotStated;
    private boolean recurring;
    private boolean approximate;
    private boolean inTotals = true;

    @Size(max = 500, message = "{form.tooLong}")
    private String note;

    static BudgetLineForm of(BudgetLineView line) {
        BudgetLineForm form = new BudgetLineForm();
        form.goalId = line.goalId();
        form.fundingSource = line.fundingSource();
        form.category = line.category();
        form.year = line.year();
        form.amount = line.amount();
        form.amountNotStated = !line.amountStated();
        form.recurring = line.recurring();
        form.approximate = line.approximate();
        form.inTotals = line.inTotals();
        form.note = line.note();
        form.setVersion(line.version());
        return form;
    }

    /** What is wrong with the amount and its choices together, as a message key, or {@code null}. */
    String amountProblem() {
        if (amountNotStated) {
            return amount != null ? "budget.form.amountWithNotStated" : null;
        }
        if (amount == null) {
            return "budget.form.amountOrNotStated";
        }
        return null;
    }

    /** A per-year line covers the plan period, so it has no year of its own. */
    boolean yearFitsRecurring() {
        return !recurring || year == null;
    }

    boolean approximateHasAmount() {
        return !approximate || (!amountNotStated && amount != null);
    }

    PlanCommands.SaveBudgetLine command() {
        BudgetAmount planned = new BudgetAmount(amountNotStated ? null : amount, recurring, approximate, inTotals);
        return new PlanCommands.SaveBudgetLine(
                goalId, fundingSource.strip(), category.strip(), year, planned, Texts.blankToNull(note));
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isAmountNotStated() {
        return amountNotStated;
    }

    public void setAmountNotStated(boolean amountNotStated) {
        this.amountNotStated = amountNotStated;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public void setRecurring(boolean recurring) {
        this.recurring = recurring;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public void setApproximate(boolean approximate) {
        this.approximate = approximate;
    }

    public boolean isInTotals() {
        return inTotals;
    }

    public void setInTotals(boolean inTotals) {
        this.inTotals = inTotals;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
