package com.hospitalplan.project.web;

/** Typed text: blank or trimmed. */
final class Texts {

    private Texts() {}

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }
}
