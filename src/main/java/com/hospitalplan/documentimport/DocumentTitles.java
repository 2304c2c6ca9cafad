package com.hospitalplan.documentimport;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The plan's title taken from an uploaded document's name, where the document states none. */
final class DocumentTitles {

    private DocumentTitles() {}

    /** The file's name without its extension, or "untitled" in the user's language. */
    static String title(String fileName, MessageSource messages, Locale locale) {
        String name = fileName == null
                ? ""
                : fileName.replaceFirst("\\.[A-Za-z]{1,4}$", "").strip();
        return name.isEmpty() ? messages.getMessage("documentReview.untitled", null, locale) : name;
    }
}
