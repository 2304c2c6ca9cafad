package com.hospitalplan.organization;

/**
 * What an administrator looks for in the organisation list; every part is optional.
 *
 * @param text a part of the name (a department is also found by its hospital's name)
 * @param kind only organisations of this kind
 * @param regionCode only organisations in this region or below it
 */
public record OrganizationQuery(String text, OrganizationKind kind, String regionCode) {

    public OrganizationQuery {
        // PostgreSQL refuses NUL in text; no name holds a control character
        text = blankToNull(text == null ? null : text.replaceAll("\\p{Cntrl}", ""));
        regionCode = blankToNull(regionCode);
    }

    /** No condition: every organisation. */
    public static OrganizationQuery everything() {
        return new OrganizationQuery(null, null, null);
    }

    /** The text as an {@code ilike} pattern that matches it anywhere, with {@code %}, {@code _} and {@code \} taken literally. */
    static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
