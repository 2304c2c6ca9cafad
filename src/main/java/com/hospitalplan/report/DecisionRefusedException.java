package com.hospitalplan.report;

import java.util.Map;

/**
 * A reviewer's decision on a report's page that was not taken: incomplete (a return without a reason), or made on an
 * older version of the report (someone decided in another tab meanwhile). The reporting module's pages answer it with
 * the report page again, the reviewer's typed input in the decision forms and the message at the form.
 */
public class DecisionRefusedException extends RuntimeException {

    /** Which of the report page's decision forms was sent. */
    public enum Decision {
        APPROVE,
        RETURN,
        REOPEN
    }

    /**
     * What the reviewer typed.
     *
     * @param reason the reason of a return or a reopening
     * @param comment the comment of an approval
     * @param valueReasons the comments on single values of a return, by indicator id
     */
    public record Typed(String reason, String comment, Map<Long, String> valueReasons) {

        public Typed {
            valueReasons = valueReasons == null ? Map.of() : Map.copyOf(valueReasons);
        }
    }

    private final Long reportId;
    private final Decision decision;
    private final Typed typed;
    private final boolean stale;

    /**
     * @param messageKey why, a key for the user's language
     * @param stale whether the report changed since the reviewer opened it (else the input was refused)
     */
    public DecisionRefusedException(Long reportId, Decision decision, Typed typed, String messageKey, boolean stale) {
        super(messageKey);
        this.reportId = reportId;
        this.decision = decision;
        this.typed = typed;
        this.stale = stale;
    }

    public Long reportId() {
        return reportId;
    }

    public Decision decision() {
        return decision;
    }

    public Typed typed() {
        return typed;
    }

    public String messageKey() {
        return getMessage();
    }

    public boolean stale() {
        return stale;
    }
}
