package com.hospitalplan.organization;

import java.util.Arrays;
import org.springframework.validation.BindingResult;

/** Reading the choices of the admin pages' filters and typeahead fields. */
final class AdminChoices {

    private AdminChoices() {}

    /** The kind a filter names, or {@code null} for none or one that does not exist (the filter is then off). */
    static OrganizationKind kind(String name) {
        return Arrays.stream(OrganizationKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Refuses a typed choice that names nothing (or several), quoting what was typed; the typed text stays. */
    static void rejectUnknown(BindingResult result, String field, String messageKey, String typed) {
        result.rejectValue(field, messageKey, new Object[] {typed.strip()}, messageKey);
    }
}
