package com.hospitalplan.plan;

import com.hospitalplan.target.StoredTarget;
import com.hospitalplan.target.Target;
import com.hospitalplan.target.TargetService;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        List<Indicator> list = indicators.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, Integer> reporters = reporterCounts(plan, list);
        List<Change> changes = new ArrayList<>();
        for (Indicator indicator : list) {
            StoredTarget stored = indicator.storedTarget();
            StoredTarget fresh = fresh(indicator, reporters);
            if (stored.readBy() != StoredTarget.ReadBy.PLANNER && !fresh.equals(stored)) {
                changes.add(new Change(
                        indicator.id(),
                        null,
                        null,
                        indicator.name(),
                        indicator.targetText(),
                        sentence(stored.target(), indicator, locale),
                        sentence(fresh.target(), indicator, locale),
                        indicator.version()));
            }
        }
        for (Milestone milestone : milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(planId)) {
            List<MilestoneSubTarget> parts = milestone.storedSubTargets();
            int milestoneReporters = readingReporters.ofMilestone(milestone.goalId(), plan.ownerOrganizationId());
            for (int position = 0; position < parts.size(); position++) {
                MilestoneSubTarget part = parts.get(position);
                StoredTarget fresh = part.subTarget().read(milestone.dueYear(), milestoneReporters);
                if (!fresh.equals(storedOf(part))) {
                    changes.add(new Change(
                            null,
                            milestone.id(),
                            position,
                            milestone.title() + " · " + part.label(),
                            part.targetText(),
                            sentence(part.target(), part.targetText(), locale),
                            sentence(fresh.target(), part.targetText(), locale),
                            milestone.version()));
                }
            }
        }
        return changes;
    }

    /** Stores the current parser's reading of one milestone sub-target. */
    public void acceptSubTarget(Long planId, Long milestoneId, int position, long version, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        PlanService.requireEditable(plan);
        Milestone milestone = milestones
                .findById(milestoneId)
                .filter(m -> m.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("milestone", milestoneId));
        PlanService.checkVersion(milestone.version(), version, Milestone.class, milestoneId);
        List<MilestoneSubTarget> parts = milestone.storedSubTargets();
        if (position < 0 || position >= parts.size()) {
            throw new PlanNotFoundException("sub-target", (long) position);
        }
        milestone.storeSubTargetReading(
                position,
                parts.get(position)
                        .subTarget()
                        .read(
                                milestone.dueYear(),
                                readingReporters.ofMilestone(milestone.goalId(), plan.ownerOrganizationId())));
        plan.touch(clock.instant());
    }

    /** Stores the current parser's reading of one indicator's target. */
    public void accept(Long planId, Long indicatorId, long version, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        PlanService.requireEditable(plan);
        Indicator indicator = indicators
                .findById(indicatorId)
                .filter(i -> i.planId().equals(planId))
                .orElseThrow(() -> new PlanNotFoundException("indicator", indicatorId));
        if (indicator.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, indicatorId);
        }
        if (indicator.storedTarget().readBy() != StoredTarget.ReadBy.PLANNER) {
            indicator.storeReading(fresh(indicator, reporterCounts(plan, List.of(indicator))));
            plan.touch(clock.instant());
        }
    }

    /** Stores the current parser's reading of every target of the plan that it reads differently; how many. */
    public int acceptAll(Long planId, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        PlanService.requireEditable(plan);
        List<Indicator> list = indicators.findByPlanIdOrderByPositionAscIdAsc(planId);
        Map<Long, Integer> reporters = reporterCounts(plan, list);
        int accepted = 0;
        for (Indicator indicator : list) {
            StoredTarget fresh = fresh(indicator, reporters);
            if (indicator.storedTarget().readBy() != StoredTarget.ReadBy.PLANNER
                    && !fresh.equals(indicator.storedTarget())) {
                indicator.storeReading(fresh);
                accepted++;
            }
        }
        for (Milestone milestone : milestones.findByPlanIdOrderByDueYearAscPositionAscIdAsc(planId)) {
            List<MilestoneSubTarget> parts = milestone.storedSubTargets();
            int milestoneReporters = readingReporters.ofMilestone(milestone.goalId(), plan.ownerOrganizationId());
            for (int position = 0; position < parts.size(); position++) {
                StoredTarget fresh = parts.get(position).subTarget().read(milestone.dueYear(), milestoneReporters);
                if (!fresh.equals(storedOf(parts.get(position)))) {
                    milestone.storeSubTargetReading(position, fresh);
                    accepted++;
                }
            }
        }
        if (accepted > 0) {
            plan.touch(clock.instant());
        }
        return accepted;
    }

    private static StoredTarget fresh(Indicator indicator, Map<Long, Integer> reporters) {
        return StoredTarget.read(
                indicator.targetText(),
                null,
                StoredTarget.context(indicator.unit(), indicator.name(), reporters.getOrDefault(indicator.id(), 1)));
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

    private String sentence(Target target, Indicator indicator, Locale locale) {
        return target != null
                ? targets.reading(target, locale)
                : targets.understand(indicator.targetText(), indicator.unit(), locale)
                        .error();
    }

    private String sentence(Target target, String text, Locale locale) {
        return target != null
                ? targets.reading(target, locale)
                : targets.understand(text, null, locale).error();
    }

    private static StoredTarget storedOf(MilestoneSubTarget part) {
        return new StoredTarget(part.targetReading(), StoredTarget.ReadBy.PARSER, part.parserVersion());
    }
}
