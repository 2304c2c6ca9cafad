package com.hospitalplan.shared;

import java.util.List;

/**
 * The file cannot be read as a workbook at all (too large, not .xlsx, encrypted, a zip bomb, damaged). The
 * message is a key with arguments for the user's language; nothing of the file was used.
 */
public class WorkbookRefusedException extends RuntimeException {

    private final transient List<String> args;

    public WorkbookRefusedException(String messageKey, String... args) {
        super(messageKey);
        this.args = List.of(args);
    }

    public WorkbookRefusedException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.args = List.of();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
