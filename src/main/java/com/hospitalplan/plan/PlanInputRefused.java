package com.hospitalplan.plan;

/** A plan item's field the plan refuses (an indicator naming a project of another plan): the field and the message key. */
public class PlanInputRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PlanInputRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
