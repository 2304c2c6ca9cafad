package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.TargetContext;
import java.util.List;

/**
 * An indicator's final and yearly targets as entered, with what the final target was understood as.
 *
 * @param structure the structured form of a target the parser cannot read (JSON), or {@code null}
 * @param context what the wording of the final and the yearly targets is read with
 */
record IndicatorTargets(
        String text, String structure, StoredTarget reading, List<YearlyTarget> yearly, TargetContext context) {}
