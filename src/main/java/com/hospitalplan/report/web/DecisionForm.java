package com.hospitalplan.report.web;

import com.hospitalplan.report.DecisionRefusedException;
import java.util.HashMap;
import java.util.Map;

/**
 * The reviewer's decision forms on the report page, as the page posts them: the approval's comment, the reason of a
 * return with comments on single values ({@code valueReason[indicatorId]}), the reason of a reopening. Empty on the
 * page; as typed when a decision was refused.
 */
public class DecisionForm {

    private String comment;
    private String reason;
    private String reopenReason;
    private Map<Long, String> valueReason = new HashMap<>();

    /** The forms as the reviewer sent them, the refused decision's input in its own form. */
    static DecisionForm of(DecisionRefusedException refused) {
        DecisionForm form = new DecisionForm();
        DecisionRefusedException.Typed typed = refused.typed();
        switch (refused.decision()) {
            case APPROVE -> form.comment = typed.comment();
            case RETURN -> {
                form.reason = typed.reason();
                form.valueReason = new HashMap<>(typed.valueReasons());
            }
            case REOPEN -> form.reopenReason = typed.reason();
        }
        return form;
    }

    /** The field of the decision's form that the refusal is about. */
    static String fieldOf(DecisionRefusedException.Decision decision) {
        return switch (decision) {
            case APPROVE -> "comment";
            case RETURN -> "reason";
            case REOPEN -> "reopenReason";
        };
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public Map<Long, String> getValueReason() {
        return valueReason;
    }

    public void setValueReason(Map<Long, String> valueReason) {
        this.valueReason = valueReason;
    }
}
