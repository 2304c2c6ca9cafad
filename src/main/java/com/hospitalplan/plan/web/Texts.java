package com.hospitalplan.plan.web;

/** Small helpers for reading form text. */
final class Texts {

    private Texts() {}

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
