package com.hospitalplan.plan;

/** A plan cannot take a step from its current status; the message is a key for the user's language. */
public class PlanStateException extends RuntimeException {

    PlanStateException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
