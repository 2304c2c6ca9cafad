package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectInputRefused;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * A page form's change written through the project rules: not tried while the form has errors, and a refusal of the
 * rules ({@link ProjectInputRefused}) put on its field, so that the page shows the message with everything typed kept.
 */
final class FormWrites {

    private FormWrites() {}

    /** Whether {@code write} was done. */
    static boolean wrote(BindingResult result, Runnable write) {
        Supplier<Boolean> done = () -> {
            write.run();
            return true;
        };
        return written(result, done) != null;
    }

    /** What {@code write} answers, or {@code null} when the form has errors or the rules refused it. */
    static <T> T written(BindingResult result, Supplier<T> write) {
        if (result.hasErrors()) {
            return null;
        }
        try {
            return write.get();
        } catch (ProjectInputRefused refused) {
            result.rejectValue(refused.field(), refused.messageKey());
            return null;
        }
    }
}
