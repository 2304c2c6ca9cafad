package com.hospitalplan.targets;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * Brings a target's wording to one form before it is read, in one linear pass each: traditional characters to their
 * simplified forms (reposted plans use them), full-width digits, letters and punctuation to half-width (including
 * ．and ％, by Unicode compatibility normalisation), white space removed, the many dashes and quotation marks to one
 * each.
 */
final class TargetWording {

    /** ICU's transforms are not documented as thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private TargetWording() {}

    static String normalize(String text) {
        String simplified = TO_SIMPLIFIED.get().transliterate(text);
        String compatible = Normalizer.normalize(simplified, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        for (int i = 0; i < compatible.length(); i++) {
            char c = compatible.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(
                    switch (c) {
                        case '～', '〜', '∼' -> '~';
                        case '—', '–', '―', '‐', '‑', '‒', '﹣', '−' -> '-';
                        case '≧' -> '≥';
                        case '○', '◯', 'Ｏ' -> '〇';
                        case '≦' -> '≤';
                        case '“', '”', '「', '」', '『', '』', '‘', '’' -> '"';
                        case '【', '〔', '［' -> '(';
                        case '】', '〕', '］' -> ')';
                        case '。', '；' -> ';';
                        case '，' -> ',';
                        default -> c;
                    });
        }
        return replacePairs(out).replace("百分之百", "100%").replace("百分百", "100%");
    }

    /** An indicator's unit as targets write it: normalised, "m2" and "平方米" as ㎡; {@code null} stays {@code null}. */
    static String unit(String unit) {
        return unit == null ? null : Units.canonicalUnit(normalize(unit));
    }

    /** "≥" for ">=", "≤" for "<=", "--" (a long dash written twice) as one. */
    private static String replacePairs(StringBuilder text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if ((c == '>' || c == '<') && next == '=') {
                out.append(c == '>' ? '≥' : '≤');
                i++;
            } else if (c == '-' && next == '-') {
                out.append('-');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
