package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a newer parser reads a stored target's wording differently, the plan's planners see each change and accept
 * it; until then every page, report and dashboard keeps the stored reading. Nothing changes silently.
 */
@Service
@Transactional
public class TargetReadingReview {

    private final PlanGuard guard;
    private final IndicatorRepository indicators;
    private final MilestoneRepository milestones;
    private final ResponsibilityRepository responsibilities;
    private final TargetService targets;
    private final ReadingReporters readingReporters;
    private final Clock clock;

    TargetReadingReview(
            PlanGuard guard,
            IndicatorRepository indicators,
            MilestoneRepository milestones,
            ResponsibilityRepository responsibilities,
            TargetService targets,
            ReadingReporters readingReporters,
            Clock clock) {
        this.guard = guard;
        this.indicators = indicators;
        this.milestones = milestones;
        this.responsibilities = responsibilities;
        this.targets = targets;
        this.readingReporters = readingReporters;
        this.clock = clock;
    }

    /**
     * A stored reading the current parser would read differently.
     *
     * @param stored the reading in use, as a sentence (or why it is not understood)
     * @param fresh what the current parser reads, as a sentence (or why it cannot)
     */
    public record Change(
            Long indicatorId,
            Long milestoneId,
            Integer position,
            String indicatorName,
            String targetText,
            String stored,
            String fresh,
            long version) {

        /** Whether this is a milestone's sub-target rather than an indicator's target. */
        public boolean subTarget() {
            return milestoneId != null;
        }
    }

    /** The plan's targets whose stored reading the current parser would change; for the plan's planners. */
    @Transactional(readOnly = true)
    public List<Change> changes(Long planId, SignedInUser user, Locale locale) {
        Plan plan = guard.editable(planId, user);
        return pending(plan).stream().map(p -> p.change(this, locale)).toList();
    }

    /**
     * A stored reading the current parser reads differently: an indicator's target, or a milestone's sub-target at a
     * position.
     */
    private record Pending(
            Indicator indicator, Milestone milestone, int position, StoredTarget stored, StoredTarget fresh) {

        void accept(Plan plan, java.time.Instant now) {
            if (indicator != null) {
                plan.storeReading(indicator.id(), fresh, now);
            } else {
                plan.storeSubTargetReading(milestone.id(), position, fresh, now);
            }
        }

        Change change(TargetReadingReview review, Locale locale) {
            if (indicator != null) {
                return new Change(
                        indicator.id(),
                        null,
                        null,
                        indicator.definition().name(),
                        indicator.targetText(),
                        review.sentence(
                                stored.target(),
                                indicator.targetText(),
                                indicator.definition().unit(),
                                locale),
                        review.sentence(
                                fresh.target(),
                                indicator.targetText(),
                                indicator.definition().unit(),
                                locale),
                        indicator.version());
            }
            MilestoneSubTarget part = milestone.storedSubTargets().get(position);
            return new Change(
                    null,
                    milestone.id(),
                    position,
                    milestone.definition().title() + " · " + part.label(),
                    part.targetText(),
                    review.sentence(stored.target(), part.targetText(), null, locale),
                    review.sentence(fresh.target(), part.targetText(), null, locale),
                    milestone.version());
        }
    }

    /** Every stored reading of the plan, indicators first, that the current parser would replace. */
    private List<Pending> pending(Plan plan) {
        List<Pending> pending = new ArrayList<>();
        List<Indicator> list = indicators.findByPlanIdOrderByPositionAscIdAsc(plan.id());
        Map<Long, Integer> reporters = reporterCounts(plan, list);
        for (Indicator indicator : list) {
            StoredTarget fresh = fresh(indicator, reporters);
            if (indicator.storedTarget().replacedBy(fresh)) {
                pending.add(new Pending(indicator, null, 0, indicator.storedTarget(), fresh));
            }
        }
        for (Milestone milestone : milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(plan.id())) {
            List<MilestoneSubTarget> parts = milestone.storedSubTargets();
            int milestoneReporters = readingReporters.ofMilestone(milestone.goalId(), plan.ownerOrganizationId());
            for (int position = 0; position < parts.size(); position++) {
                StoredTarget fresh = parts.get(position).subTarget().read(milestone.dueYear(), milestoneReporters);
                StoredTarget stored = parts.get(position).storedTarget();
                if (stored.replacedBy(fresh)) {
                    pending.add(new Pending(null, milestone, position, stored, fresh));
                }
            }
        }
        return pending;
    }

    /** Stores the current parser's reading of one milestone sub-target. */
    public void acceptSubTarget(Long planId, Long milestoneId, int position, long version, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireEditable();
        Milestone milestone = PlanItems.current(plan.milestone(milestoneId), version);
        List<MilestoneSubTarget> parts = milestone.storedSubTargets();
        if (position < 0 || position >= parts.size()) {
            throw new PlanNotFoundException("sub-target", (long) position);
        }
        plan.storeSubTargetReading(
                milestoneId,
                position,
                parts.get(position)
                        .subTarget()
                        .read(
                                milestone.dueYear(),
                                readingReporters.ofMilestone(milestone.goalId(), plan.ownerOrganizationId())),
                clock.instant());
    }

    /** Stores the current parser's reading of one indicator's target. */
    public void accept(Long planId, Long indicatorId, long version, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireEditable();
        Indicator indicator = PlanItems.current(plan.indicator(indicatorId), version);
        StoredTarget fresh = fresh(indicator, reporterCounts(plan, List.of(indicator)));
        if (indicator.storedTarget().replacedBy(fresh)) {
            plan.storeReading(indicatorId, fresh, clock.instant());
        }
    }

    /** Stores the current parser's reading of every target of the plan that it reads differently; how many. */
    public int acceptAll(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireEditable();
        List<Pending> pending = pending(plan);
        pending.forEach(p -> p.accept(plan, clock.instant()));
        return pending.size();
    }

    private static StoredTarget fresh(Indicator indicator, Map<Long, Integer> reporters) {
        return StoredTarget.read(
                indicator.targetText(),
                null,
                StoredTarget.context(
                        indicator.definition().unit(),
                        indicator.definition().name(),
                        reporters.getOrDefault(indicator.id(), 1)));
    }

    /** Reporters as on save: the indicator's responsible units, otherwise the plan's covered institutions. */
    private Map<Long, Integer> reporterCounts(Plan plan, List<Indicator> list) {
        Map<Long, List<Long>> units = new HashMap<>();
        if (!list.isEmpty()) {
            responsibilities
                    .findByIndicatorIdInOrderByPositionAsc(
                            list.stream().map(Indicator::id).toList())
                    .forEach(r -> units.computeIfAbsent(r.indicatorId(), k -> new ArrayList<>())
                            .add(r.organizationId()));
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Indicator indicator : list) {
            counts.put(
                    indicator.id(),
                    readingReporters.ofIndicator(units.getOrDefault(indicator.id(), List.of()), plan.reporterIds()));
        }
        return counts;
    }

    /** A reading as a sentence, or why the wording is not understood. */
    private String sentence(Target target, String text, String unit, Locale locale) {
        return target != null
                ? targets.reading(target, locale)
                : targets.understand(text, unit, locale).error();
    }
}
