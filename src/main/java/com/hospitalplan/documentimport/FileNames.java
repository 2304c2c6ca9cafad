package com.hospitalplan.documentimport;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** An uploaded document's name: kept clean, and the plan's title where the document states none. */
final class FileNames {

    private FileNames() {}

    /** The file's name without its extension, or "untitled" in the user's language. */
    static String title(String fileName, MessageSource messages, Locale locale) {
        String name = fileName == null
                ? ""
                : fileName.replaceFirst("\\.[A-Za-z]{1,4}$", "").strip();
        return name.isEmpty() ? messages.getMessage("documentReview.untitled", null, locale) : name;
    }

    /** The uploaded file's own name, without any path a browser sent or control characters (a NUL). */
    static String clean(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        String name = fileName.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
