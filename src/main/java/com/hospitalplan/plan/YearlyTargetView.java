package com.hospitalplan.plan;

import com.hospitalplan.targets.Target;

/**
 * An indicator's target for one year, as shown and served by the API.
 *
 * @param target what it was understood as when it was saved, or {@code null}
 * @param reading that reading as a sentence in the user's language, or {@code null}
 */
public record YearlyTargetView(int year, String targetText, Target target, String reading) {}
