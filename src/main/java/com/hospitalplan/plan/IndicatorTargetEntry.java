package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.TargetContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Turns a planner's indicator command into the targets to store, read once here by the indicator's name, unit and
 * reporters; once the plan is published, records each changed target as a revision with the planner's reason.
 */
@Component
class IndicatorTargetEntry {

    private final TargetStructures structures;
    private final ReadingReporters readingReporters;
    private final TargetRevisionRepository revisions;
    private final Clock clock;

    IndicatorTargetEntry(
            TargetStructures structures,
            ReadingReporters readingReporters,
            TargetRevisionRepository revisions,
            Clock clock) {
        this.structures = structures;
        this.readingReporters = readingReporters;
        this.revisions = revisions;
        this.clock = clock;
    }

    IndicatorTargets targets(Plan plan, PlanCommands.SaveIndicator command) {
        int reporters = readingReporters.ofIndicator(
                ResponsibleUnits.named(command.leadingUnitId(), command.otherUnitIds()), plan.reporterIds());
        TargetContext context = StoredTarget.context(
                command.definition().unit(), command.definition().name(), reporters);
        return new IndicatorTargets(
                command.targetText(),
                structures.write(command.structuredTarget()),
                StoredTarget.read(command.targetText(), command.structuredTarget(), context),
                command.yearlyTargets(),
                context);
    }

    /**
     * Records the final and yearly targets the command changes, when the plan's targets change only by revision;
     * such a change needs a reason ({@link RevisionReasonRequiredException}).
     */
    void recordRevisions(Plan plan, Indicator indicator, IndicatorTargets next, String reason, Long userId) {
        boolean finalChanged = !Objects.equals(indicator.targetText(), next.text())
                || !Objects.equals(indicator.targetStructure(), next.structure());
        List<YearlyTarget> before = indicator.yearlyTargets();
        if (!plan.targetsNeedRevision() || (!finalChanged && before.equals(next.yearly()))) {
            return;
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RevisionReasonRequiredException();
        }
        if (finalChanged) {
            revisions.save(new TargetRevision(
                    indicator.id(),
                    null,
                    indicator.targetText(),
                    indicator.storedTarget().reading(),
                    next.text(),
                    why,
                    userId,
                    clock.instant()));
        }
        for (YearlyTarget changed : next.yearly()) {
            String old = before.stream()
                    .filter(y -> y.year() == changed.year())
                    .map(YearlyTarget::targetText)
                    .findFirst()
                    .orElse("");
            if (!old.equals(changed.targetText())) {
                revisions.save(new TargetRevision(
                        indicator.id(), changed.year(), old, null, changed.targetText(), why, userId, clock.instant()));
            }
        }
    }
}
