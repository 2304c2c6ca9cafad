package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;

/** A quantitative part of a milestone: "引进博士 1-2人". */
public record SubTarget(String label, String targetText) {

    /**
     * The sub-target as understood, read once when it is saved: by the parser, with the label as its name and no unit,
     * and due in the milestone's due year where the wording names no year of its own.
     *
     * @param reporters how many institutions report the milestone ({@code StoredTarget#context})
     */
    public StoredTarget read(int dueYear, int reporters) {
        StoredTarget stored = StoredTarget.read(targetText, null, StoredTarget.context(null, label, reporters));
        Target target = stored.target();
        if (target == null || target.targetYear() != null) {
            return stored;
        }
        return new StoredTarget(
                StoredTarget.write(target.toBuilder().targetYear(dueYear).build()),
                stored.readBy(),
                stored.parserVersion());
    }
}
