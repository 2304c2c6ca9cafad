package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A milestone's sub-target as stored: its wording and what it was understood as when the milestone was saved. */
@Embeddable
record MilestoneSubTarget(
        String label,
        @Column(name = "target_text") String targetText,
        @Column(name = "target_reading") String targetReading,
        @Column(name = "target_parser_version") Integer parserVersion) {

    static MilestoneSubTarget read(SubTarget subTarget, int dueYear, int reporters) {
        StoredTarget stored = subTarget.read(dueYear, reporters);
        return new MilestoneSubTarget(
                subTarget.label(), subTarget.targetText(), stored.reading(), stored.parserVersion());
    }

    SubTarget subTarget() {
        return new SubTarget(label, targetText);
    }

    /** What the sub-target was understood as when the milestone was saved (always by the parser). */
    StoredTarget storedTarget() {
        return new StoredTarget(targetReading, StoredTarget.ReadBy.PARSER, parserVersion);
    }

    /** The sub-target as understood, or {@code null} when the wording could not be understood. */
    Target target() {
        return StoredTarget.target(targetReading);
    }
}
