package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetContext;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An indicator's target for one year as stored: its wording and what it was understood as when it was saved. */
@Embeddable
record IndicatorYearlyTarget(
        int year,
        @Column(name = "target_text") String targetText,
        @Column(name = "target_reading") String targetReading,
        @Column(name = "target_parser_version") Integer parserVersion) {

    /** Reads the yearly target with the indicator's context; it is due in its own year where the wording names none. */
    static IndicatorYearlyTarget read(YearlyTarget yearly, TargetContext context) {
        StoredTarget stored = StoredTarget.read(yearly.targetText(), null, context);
        Target target = stored.target();
        String reading = target == null || target.targetYear() != null
                ? stored.reading()
                : StoredTarget.write(
                        target.toBuilder().targetYear(yearly.year()).build());
        return new IndicatorYearlyTarget(yearly.year(), yearly.targetText(), reading, stored.parserVersion());
    }

    YearlyTarget yearlyTarget() {
        return new YearlyTarget(year, targetText);
    }

    /** The yearly target as understood, or {@code null}. */
    Target target() {
        return StoredTarget.target(targetReading);
    }
}
