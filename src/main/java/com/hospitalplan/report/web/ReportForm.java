package com.hospitalplan.report.web;

import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportViews;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report form: inputs keyed by indicator, milestone and budget line id, as the page posts them. Text is kept as
 * typed so that a bad number is shown back with its message and nothing else is lost.
 */
public class ReportForm {

    private Map<Long, String> values = new HashMap<>();
    private Map<Long, String> explanations = new HashMap<>();
    private Map<Long, String> milestoneStatus = new HashMap<>();
    private Map<Long, String> milestonePercent = new HashMap<>();
    private Map<Long, String> milestoneRemark = new HashMap<>();
    private Map<String, String> subTargetValues = new HashMap<>();
    private Map<Long, String> spent = new HashMap<>();
    private String achievements;
    private String problems;
    private String nextSteps;
    private long version;

    static ReportForm of(ReportViews.ReportPage page) {
        ReportForm form = new ReportForm();
        for (ReportViews.ValueRow row : page.values()) {
            String value = row.numberValue() != null
                    ? row.numberValue().stripTrailingZeros().toPlainString()
                    : row.levelValue() != null
                            ? row.levelValue()
                            : row.yesValue() == null ? null : row.yesValue().toString();
            form.values.put(row.indicatorId(), value);
            form.explanations.put(row.indicatorId(), row.explanation());
        }
        for (ReportViews.MilestoneRow row : page.milestones()) {
            form.milestoneStatus.put(
                    row.milestoneId(),
                    row.status() == null ? null : row.status().name());
            form.milestonePercent.put(
                    row.milestoneId(),
                    row.percentDone() == null ? null : row.percentDone().toString());
            form.milestoneRemark.put(row.milestoneId(), row.remark());
            for (ReportViews.SubTargetRow sub : row.subTargets()) {
                String value = sub.numberValue() != null
                        ? sub.numberValue().stripTrailingZeros().toPlainString()
                        : sub.yesValue() == null ? null : sub.yesValue().toString();
                form.subTargetValues.put(subTargetKey(row, sub), value);
            }
        }
        for (ReportViews.SpendingRow row : page.spending()) {
            form.spent.put(
                    row.budgetLineId(),
                    row.amount() == null
                            ? null
                            : row.amount().stripTrailingZeros().toPlainString());
        }
        form.achievements = page.achievements();
        form.problems = page.problems();
        form.nextSteps = page.nextSteps();
        form.version = page.version();
        return form;
    }

    /**
     * The input, read against the page's rows; a field that cannot be read is put into {@code errors} (field name →
     * message key) and left out.
     */
    ReportInput input(ReportViews.ReportPage page, Map<String, String> errors) {
        Map<Long, ReportInput.Value> valueInputs = new LinkedHashMap<>();
        for (ReportViews.ValueRow row : page.values()) {
            String text = blankToNull(values.get(row.indicatorId()));
            String explanation = explanations.get(row.indicatorId());
            switch (row.valueKind()) {
                case LEVEL -> {
                    if (text != null && !row.levels().isEmpty() && !row.levels().contains(text)) {
                        errors.put("values[" + row.indicatorId() + "]", "report.form.levelUnknown");
                        continue;
                    }
                    valueInputs.put(row.indicatorId(), new ReportInput.Value(null, text, null, explanation));
                }
                case YES_NO ->
                    valueInputs.put(
                            row.indicatorId(),
                            new ReportInput.Value(
                                    null, null, text == null ? null : Boolean.valueOf(text), explanation));
                default -> {
                    BigDecimal number = number(text);
                    if (text != null && number == null) {
                        errors.put("values[" + row.indicatorId() + "]", "report.form.notANumber");
                        continue;
                    }
                    valueInputs.put(row.indicatorId(), new ReportInput.Value(number, null, null, explanation));
                }
            }
        }
        Map<Long, ReportInput.Progress> progress = new LinkedHashMap<>();
        for (ReportViews.MilestoneRow row : page.milestones()) {
            String status = blankToNull(milestoneStatus.get(row.milestoneId()));
            String percentText = blankToNull(milestonePercent.get(row.milestoneId()));
            Integer percent = null;
            if (percentText != null) {
                BigDecimal parsed = number(percentText);
                if (parsed == null
                        || parsed.signum() < 0
                        || parsed.compareTo(BigDecimal.valueOf(100)) > 0
                        || parsed.stripTrailingZeros().scale() > 0) {
                    errors.put("milestonePercent[" + row.milestoneId() + "]", "report.form.percent");
                    continue;
                }
                percent = parsed.intValue();
            }
            MilestoneProgress known = MilestoneProgress.parse(status);
            if (status != null && known == null) {
                errors.put("milestoneStatus[" + row.milestoneId() + "]", "typeMismatch");
                continue;
            }
            progress.put(
                    row.milestoneId(),
                    new ReportInput.Progress(
                            known, percent, milestoneRemark.get(row.milestoneId()), subTargetInputs(row, errors)));
        }
        Map<Long, ReportInput.Spending> spending = new LinkedHashMap<>();
        for (ReportViews.SpendingRow row : page.spending()) {
            String text = blankToNull(spent.get(row.budgetLineId()));
            BigDecimal amount = number(text);
            if (text != null && (amount == null || amount.signum() < 0)) {
                errors.put("spent[" + row.budgetLineId() + "]", "report.form.amount");
                continue;
            }
            spending.put(row.budgetLineId(), new ReportInput.Spending(amount, null));
        }
        return new ReportInput(valueInputs, progress, spending, achievements, problems, nextSteps);
    }

    /** The values of a milestone's sub-targets by position; one that cannot be read goes into {@code errors}. */
    private Map<Integer, ReportInput.SubTargetValue> subTargetInputs(
            ReportViews.MilestoneRow row, Map<String, String> errors) {
        Map<Integer, ReportInput.SubTargetValue> inputs = new LinkedHashMap<>();
        for (ReportViews.SubTargetRow sub : row.subTargets()) {
            String text = blankToNull(subTargetValues.get(subTargetKey(row, sub)));
            if (sub.valueKind() == ValueKind.YES_NO) {
                inputs.put(
                        sub.position(),
                        new ReportInput.SubTargetValue(null, text == null ? null : Boolean.valueOf(text)));
                continue;
            }
            BigDecimal number = number(text);
            if (text != null && number == null) {
                errors.put("subTargetValues[" + subTargetKey(row, sub) + "]", "report.form.notANumber");
                continue;
            }
            inputs.put(sub.position(), new ReportInput.SubTargetValue(number, null));
        }
        return inputs;
    }

    /**
     * The form field of a field of {@link ReportInput}: {@code values[12].explanation} → {@code explanations[12]},
     * {@code milestones[5].subTargets[0].number} → {@code subTargetValues[5-0]}, {@code spending[7].amount} →
     * {@code spent[7]}.
     */
    static String fieldOf(String inputField) {
        Matcher item = INPUT_FIELD.matcher(inputField);
        if (!item.matches()) {
            return inputField;
        }
        String id = item.group(2);
        String rest = item.group(3);
        return switch (item.group(1)) {
            case "values" -> rest.startsWith(".explanation") ? "explanations[" + id + "]" : "values[" + id + "]";
            case "spending" -> "spent[" + id + "]";
            default -> {
                if (rest.startsWith(".subTargets[")) {
                    yield "subTargetValues[" + id + "-" + rest.replaceAll("\\D*(\\d+).*", "$1") + "]";
                }
                yield rest.startsWith(".remark")
                        ? "milestoneRemark[" + id + "]"
                        : rest.startsWith(".percentDone")
                                ? "milestonePercent[" + id + "]"
                                : "milestoneStatus[" + id + "]";
            }
        };
    }

    private static final Pattern INPUT_FIELD = Pattern.compile("(values|milestones|spending)\\[(\\d+)](.*)");

    /** The key of a sub-target in the form and the report workbook: its milestone's id and its position ("12-0"). */
    static String subTargetKey(ReportViews.MilestoneRow row, ReportViews.SubTargetRow sub) {
        return row.milestoneId() + "-" + sub.position();
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Map<Long, String> getValues() {
        return values;
    }

    public void setValues(Map<Long, String> values) {
        this.values = values;
    }

    public Map<Long, String> getExplanations() {
        return explanations;
    }

    public void setExplanations(Map<Long, String> explanations) {
        this.explanations = explanations;
    }

    public Map<Long, String> getMilestoneStatus() {
        return milestoneStatus;
    }

    public void setMilestoneStatus(Map<Long, String> milestoneStatus) {
        this.milestoneStatus = milestoneStatus;
    }

    public Map<Long, String> getMilestonePercent() {
        return milestonePercent;
    }

    public void setMilestonePercent(Map<Long, String> milestonePercent) {
        this.milestonePercent = milestonePercent;
    }

    public Map<Long, String> getMilestoneRemark() {
        return milestoneRemark;
    }

    public void setMilestoneRemark(Map<Long, String> milestoneRemark) {
        this.milestoneRemark = milestoneRemark;
    }

    public Map<String, String> getSubTargetValues() {
        return subTargetValues;
    }

    public void setSubTargetValues(Map<String, String> subTargetValues) {
        this.subTargetValues = subTargetValues;
    }

    public Map<Long, String> getSpent() {
        return spent;
    }

    public void setSpent(Map<Long, String> spent) {
        this.spent = spent;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
