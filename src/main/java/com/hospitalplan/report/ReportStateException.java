package com.hospitalplan.report;

/** A report cannot take this step from its current status; the message is a key for the user's language. */
public class ReportStateException extends RuntimeException {

    ReportStateException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
