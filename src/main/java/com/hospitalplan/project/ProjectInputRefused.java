package com.hospitalplan.project;

/**
 * Input a project cannot take, with the form field it concerns and the message key that says why (shown beside the
 * field, the typed input kept).
 */
public class ProjectInputRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    ProjectInputRefused(String field, String messageKey) {
        super(messageKey + " on " + field);
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
