package com.hospitalplan.levelscale;

import java.util.List;

/**
 * A level scale cannot be saved as entered: the key or name is taken, or grades still in use would go. The message is
 * a key for the user's language, with its arguments.
 */
class LevelScaleConflictException extends RuntimeException {

    private final String field;
    private final List<Object> args;

    LevelScaleConflictException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = List.of(args);
    }

    /** The form field the problem belongs to. */
    String field() {
        return field;
    }

    String messageKey() {
        return getMessage();
    }

    Object[] args() {
        return args.toArray();
    }
}
