package com.hospitalplan.project;

/** A progress workbook that cannot be written now, with the message key that says why. */
public class ProgressWorkbookRefused extends RuntimeException {

    private final String messageKey;

    ProgressWorkbookRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
