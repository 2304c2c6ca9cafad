package com.hospitalplan.targets;

import java.util.List;

/**
 * What the parser made of a target text: the target, or the reason it could not understand it (a message key with
 * its arguments), in which case the officer enters the target in the structured form instead.
 */
public record ParseResult(Target target, String errorKey, List<String> errorArgs) {

    static ParseResult of(Target target) {
        return new ParseResult(target, null, List.of());
    }

    static ParseResult error(String key, String... args) {
        return new ParseResult(null, key, List.of(args));
    }

    public boolean understood() {
        return target != null;
    }
}
