package com.hospitalplan.project.web;

/** Input the projects API refuses by a form's own rule: the field at fault and the message key that says why. */
class ProjectApiRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    ProjectApiRefused(String field, String messageKey) {
        super(messageKey + " on " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** Refuses the row {@code index} of {@code list} (when it is not -1) at its {@code field}. */
    static void check(String list, int index, String field, String messageKey) {
        if (index >= 0) {
            throw new ProjectApiRefused(list + "[" + index + "]." + field, messageKey);
        }
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
