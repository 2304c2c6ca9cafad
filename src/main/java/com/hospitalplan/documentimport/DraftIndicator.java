package com.hospitalplan.documentimport;

import com.hospitalplan.targets.Target;

/**
 * An indicator with its target as the document states it, from an indicator table or from running text.
 *
 * @param name the indicator's name as the document words it
 * @param unit the unit from the table's unit column or the target's wording, or {@code null}
 * @param baselineText the baseline (现状) as written, or {@code null}
 * @param targetText the target exactly as it stands in the document (a substring of the text at {@code span})
 * @param readAs what the target parser was given when it differs from {@code targetText}: the last item's comparator
 *     of a list ("分别达到35%、15%、15%以上") applies to each item; otherwise {@code null}
 * @param targetYear the year the document gives for the target (a table's year column, "到2025年"), or {@code null}
 * @param target the parser's reading, {@code null} when it did not understand the wording
 * @param source TABLE or TEXT
 * @param chapter the top-level section it stands in, or {@code null}
 * @param span the target's text
 * @param sentenceSpan the row or sentence the indicator was read from
 * @param units the units responsible for it: the table's 责任单位 column, or those the sentence names after it
 * @param distribution the set whose every member the sentence states the target for ("每个县", "所有县级医院"), or
 *     {@code null}
 */
public record DraftIndicator(
        String name,
        String unit,
        String baselineText,
        String targetText,
        String readAs,
        Integer targetYear,
        Target target,
        String source,
        String chapter,
        Span span,
        Span sentenceSpan,
        java.util.List<DraftUnit> units,
        Distribution distribution) {

    /** A target stated once, for the plan as a whole. */
    public DraftIndicator(
            String name,
            String unit,
            String baselineText,
            String targetText,
            String readAs,
            Integer targetYear,
            Target target,
            String source,
            String chapter,
            Span span,
            Span sentenceSpan,
            java.util.List<DraftUnit> units) {
        this(
                name,
                unit,
                baselineText,
                targetText,
                readAs,
                targetYear,
                target,
                source,
                chapter,
                span,
                sentenceSpan,
                units,
                null);
    }

    /** The same target with the target's wording as written and what the parser was given. */
    DraftIndicator withWording(String written, String given) {
        return new DraftIndicator(
                name,
                unit,
                baselineText,
                written,
                given,
                targetYear,
                target,
                source,
                chapter,
                span,
                sentenceSpan,
                units,
                distribution);
    }

    /** The same target with other responsible units. */
    DraftIndicator withUnits(java.util.List<DraftUnit> named) {
        return new DraftIndicator(
                name,
                unit,
                baselineText,
                targetText,
                readAs,
                targetYear,
                target,
                source,
                chapter,
                span,
                sentenceSpan,
                named,
                distribution);
    }

    /** The same target stated for every member of a set. */
    DraftIndicator withDistribution(Distribution set) {
        return new DraftIndicator(
                name,
                unit,
                baselineText,
                targetText,
                readAs,
                targetYear,
                target,
                source,
                chapter,
                span,
                sentenceSpan,
                units,
                set);
    }
}
