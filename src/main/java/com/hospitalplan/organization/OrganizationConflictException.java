package com.hospitalplan.organization;

/** An organisation or region cannot be saved as entered; the message is a key for the user's language. */
public class OrganizationConflictException extends RuntimeException {

    OrganizationConflictException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
