package com.hospitalplan.plan;

import com.hospitalplan.targets.Target;

/**
 * A second statement of an indicator's target elsewhere in the document.
 *
 * @param target what it is understood as, or {@code null}
 * @param reading that reading as a sentence in the user's language, or {@code null}
 * @param resolved whether a planner has confirmed which statement counts
 */
public record AlternativeTargetView(
        Long id, String targetText, String source, Target target, String reading, boolean resolved) {}
