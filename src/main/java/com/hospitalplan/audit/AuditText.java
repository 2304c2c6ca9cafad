package com.hospitalplan.audit;

/** Texts as the audit log stores them. Plain Java. */
final class AuditText {

    private AuditText() {}

    /**
     * {@code text} with every control character replaced by a space and cut to at most {@code max} characters
     * (never inside a surrogate pair); null stays null.
     */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}
