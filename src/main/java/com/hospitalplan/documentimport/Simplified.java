package com.hospitalplan.documentimport;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A document's text with traditional characters as their simplified forms, character for character, so that every
 * offset stays the offset of the same character in the document (reposted plans and news about plans are often in
 * traditional characters: 達到, 以內, 歲, 個). A character whose simplified form is not one character stays as it is.
 */
final class Simplified {

    /** ICU's transforms are not documented as thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private static final ConcurrentHashMap<Character, Character> FORMS = new ConcurrentHashMap<>();

    private Simplified() {}

    static String of(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\u3400' && c <= '\u9fff') {
                out[i] = FORMS.computeIfAbsent(c, Simplified::form);
            }
        }
        return new String(out);
    }

    /** Characters simplified text writes too, which ICU would rewrite: 著 (显著, 著名) is not only the old form of 着. */
    private static final String ALSO_SIMPLIFIED = "著乾";

    private static char form(char c) {
        if (ALSO_SIMPLIFIED.indexOf(c) >= 0) {
            return c;
        }
        String simplified = TO_SIMPLIFIED.get().transliterate(String.valueOf(c));
        return simplified.length() == 1 ? simplified.charAt(0) : c;
    }
}
