package com.hospitalplan.targets;

import java.util.List;

/**
 * A sentence in the user's language, kept as a message key and its arguments until it is shown. An argument may
 * itself be an {@code Explanation} (a target's description inside the sentence).
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }
}
