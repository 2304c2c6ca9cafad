package com.hospitalplan.plan;

import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a target the document states twice, differently: a planner confirms the target that counts, or makes the
 * other statement count. Once the plan is published that is a change of target, kept as a revision with its reason.
 */
@Service
@Transactional
public class TargetConflicts {

    private final PlanGuard guard;
    private final AlternativeTargetRepository alternatives;
    private final TargetRevisionRepository revisions;
    private final Clock clock;

    TargetConflicts(
            PlanGuard guard,
            AlternativeTargetRepository alternatives,
            TargetRevisionRepository revisions,
            Clock clock) {
        this.guard = guard;
        this.alternatives = alternatives;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** The indicator's own target counts; the other statement is kept, marked as resolved. */
    public void keepTarget(Long planId, Long indicatorId, Long alternativeId, long version, SignedInUser user) {
        Plan plan = editable(planId, user);
        Indicator indicator = PlanItems.current(plan.indicator(indicatorId), version);
        plan.keepTarget(indicator.id(), alternative(indicator, alternativeId), user.id(), clock.instant());
    }

    /** The other statement becomes the target that counts; the former target is kept as the other statement. */
    public void chooseAlternative(
            Long planId, Long indicatorId, Long alternativeId, long version, String reason, SignedInUser user) {
        Plan plan = editable(planId, user);
        Indicator indicator = PlanItems.current(plan.indicator(indicatorId), version);
        AlternativeTarget other = alternative(indicator, alternativeId);
        String why = reason == null ? "" : reason.strip();
        if (plan.targetsNeedRevision() && why.isEmpty()) {
            throw new RevisionReasonRequiredException();
        }
        String formerText = indicator.targetText();
        String formerSource = indicator.targetSource();
        var formerReading = indicator.storedTarget();
        if (plan.targetsNeedRevision()) {
            revisions.save(new TargetRevision(
                    indicatorId,
                    null,
                    formerText,
                    formerReading.reading(),
                    other.targetText(),
                    why,
                    user.id(),
                    clock.instant()));
        }
        plan.replaceTarget(indicatorId, other.targetText(), other.source(), other.storedTarget(), clock.instant());
        other.replaceWith(formerText, formerSource == null ? "" : formerSource, formerReading);
        other.resolve(user.id(), clock.instant());
    }

    private Plan editable(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireEditable();
        return plan;
    }

    private AlternativeTarget alternative(Indicator indicator, Long alternativeId) {
        return alternatives
                .findById(alternativeId)
                .filter(a -> a.indicatorId().equals(indicator.id()))
                .orElseThrow(() -> new PlanNotFoundException("alternative", alternativeId));
    }
}
