package com.hospitalplan.targets;

import java.util.function.BiFunction;

/**
 * Turns an {@link Explanation} into a sentence with a message lookup (Spring's MessageSource in the application, a
 * ResourceBundle in plain tests). Nested explanations are rendered first.
 */
public final class TargetTexts {

    private final BiFunction<String, Object[], String> messages;

    /** @param messages looks up a message key and formats it with the given arguments */
    public TargetTexts(BiFunction<String, Object[], String> messages) {
        this.messages = messages;
    }

    public String render(Explanation explanation) {
        Object[] args = explanation.args().stream()
                .map(arg -> arg instanceof Explanation nested ? render(nested) : String.valueOf(arg))
                .toArray();
        return messages.apply(explanation.key(), args);
    }
}
