package com.hospitalplan.targets;

import java.math.BigDecimal;

/**
 * The judgement of reported values against a target.
 *
 * @param achieved whether the target is met by the latest value
 * @param progress how far the latest value has come from the baseline to the target (1 = there); {@code null} when
 *     there is nothing to measure
 * @param expectedProgress where it should be by the latest value's date on a straight line from baseline to target
 * @param latest the value judged, or {@code null}
 * @param explanation one line saying all of that in the user's language
 */
public record Evaluation(
        Status status,
        boolean achieved,
        BigDecimal progress,
        BigDecimal expectedProgress,
        Measurement latest,
        Explanation explanation) {}
