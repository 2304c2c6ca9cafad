package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetService;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Indicators, milestones and alternative targets as the plan page and the API show them, in the reader's language. */
@Component
class PlanItemViews {

    private final TargetService targets;

    PlanItemViews(TargetService targets) {
        this.targets = targets;
    }

    IndicatorView indicator(
            Indicator indicator,
            List<ResponsibleUnit> units,
            List<TargetRevisionView> revisionViews,
            List<AlternativeTargetView> alternatives,
            Locale locale) {
        StoredTarget stored = indicator.storedTarget();
        Target target = stored.target();
        String description = target != null
                ? targets.describe(target, locale)
                : targets.understand(
                                indicator.targetText(), indicator.definition().unit(), locale)
                        .error();
        String reading = target == null ? null : targets.reading(target, locale);
        String original = revisionViews.stream()
                .filter(r -> r.year() == null)
                .findFirst()
                .map(TargetRevisionView::oldText)
                .orElse(null);
        return new IndicatorView(
                indicator.id(),
                indicator.goalId(),
                indicator.definition(),
                indicator.targetText(),
                target,
                stored.readBy() == StoredTarget.ReadBy.PLANNER,
                description,
                reading,
                targets.warnings(
                        target,
                        indicator.definition().valueKind().name(),
                        indicator.definition().unit(),
                        locale),
                stored.readBy(),
                stored.parserVersion(),
                indicator.targetSource(),
                alternatives,
                original,
                indicator.storedYearlyTargets().stream()
                        .map(y -> new YearlyTargetView(
                                y.year(),
                                y.targetText(),
                                y.target(),
                                y.target() == null ? null : targets.reading(y.target(), locale)))
                        .toList(),
                units,
                revisionViews,
                indicator.aggregationWeightId(),
                indicator.projectId(),
                indicator.version());
    }

    AlternativeTargetView alternative(AlternativeTarget alternative, Locale locale) {
        Target target = alternative.storedTarget().target();
        return new AlternativeTargetView(
                alternative.id(),
                alternative.targetText(),
                alternative.source(),
                target,
                target == null ? null : targets.reading(target, locale),
                alternative.resolved());
    }

    MilestoneView milestone(Milestone m, Locale locale) {
        return new MilestoneView(
                m.id(),
                m.goalId(),
                m.definition(),
                m.storedSubTargets().stream()
                        .map(s -> {
                            Target target = s.target();
                            return new SubTargetView(
                                    s.label(),
                                    s.targetText(),
                                    target,
                                    target == null ? null : targets.reading(target, locale));
                        })
                        .toList(),
                m.version());
    }
}
