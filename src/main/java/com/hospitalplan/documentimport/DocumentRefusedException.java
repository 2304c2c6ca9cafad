package com.hospitalplan.documentimport;

import java.util.List;

/**
 * A file that cannot be read as a plan document (empty, too large, too many pages, encrypted, scanned without a text
 * layer, not a document at all). The message is a key with arguments for the user's language; nothing was kept.
 */
public class DocumentRefusedException extends RuntimeException {

    private final transient List<String> args;

    public DocumentRefusedException(String messageKey, String... args) {
        super(messageKey);
        this.args = List.of(args);
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
