package com.hospitalplan.plan;

import com.hospitalplan.targets.Target;

/**
 * A milestone's sub-target as pages and the API show it: its wording and how it was understood when the milestone was
 * saved.
 *
 * @param target the sub-target as understood, {@code null} when the wording could not be understood
 * @param reading the reading as a sentence ("理解为：到2022年，最新值1~2人"), {@code null} when there is none
 */
public record SubTargetView(String label, String targetText, Target target, String reading) {

    public SubTarget subTarget() {
        return new SubTarget(label, targetText);
    }
}
