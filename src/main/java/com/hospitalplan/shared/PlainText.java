package com.hospitalplan.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no NUL and no other control character except tab and line breaks. PostgreSQL refuses
 * NUL in text, and the other controls are junk that no page shows. Form fields and request parameters are checked by
 * the binder of every page ({@link PageErrors}); JSON bodies by this constraint.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "{typeMismatch.java.lang.String}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The constraint's validator. */
    class Check implements ConstraintValidator<PlainText, CharSequence> {

        /** Whether {@code text} holds no control character but tab, line feed and carriage return. */
        public static boolean isPlain(CharSequence text) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return isPlain(value);
        }
    }
}
