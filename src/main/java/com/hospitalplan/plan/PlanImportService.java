package com.hospitalplan.plan;

import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a whole plan at once (from a workbook): a new plan, or the new content of a draft. Everything happens in one
 * transaction, so a plan is either written completely or not at all.
 */
@Service
@Transactional
public class PlanImportService {

    private final PlanRepository plans;
    private final PlanGuard guard;
    private final PlanContentWriter writer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PlanImportService(
            PlanRepository plans,
            PlanGuard guard,
            PlanContentWriter writer,
            Clock clock,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.guard = guard;
        this.writer = writer;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Creates the plan with all its content. Its owner is the user's organisation; an administrator may name another.
     *
     * @return the new plan's id
     */
    public Long create(PlanCommands.ImportPlan command, SignedInUser user) {
        if (user.role() != Role.ADMIN && user.role() != Role.PLANNER) {
            throw new AccessDeniedException("Only planners import plans");
        }
        Long owner = user.role() == Role.ADMIN && command.plan().ownerOrganizationId() != null
                ? command.plan().ownerOrganizationId()
                : user.organizationId();
        Plan plan = new Plan(owner, clock.instant());
        plan.describe(command.plan(), clock.instant());
        plans.saveAndFlush(plan);
        moveTo(plan, command.status());
        writer.write(plan.id(), command);
        return plan.id();
    }

    /**
     * Replaces the description, coverage and whole content of a draft (or a draft for comments) that the user may
     * change. The owner stays. The status may only move forward, as publishing would move it.
     *
     * @param version the plan's version when the workbook was read: a draft changed since then is a conflict
     */
    public void replace(Long planId, long version, PlanCommands.ImportPlan command, SignedInUser user) {
        Plan plan = guard.editable(planId, user);
        plan.requireVersion(version);
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.DRAFT_FOR_COMMENTS) {
            throw new PlanStateException("workbook.error.notDraft");
        }
        if (!canMove(plan.status(), command.status())) {
            throw new PlanStateException("workbook.error.statusBackwards");
        }
        plan.describe(command.plan(), clock.instant());
        writer.clear(planId);
        moveTo(plan, command.status());
        writer.write(planId, command);
    }

    /** Whether a draft in status {@code from} may be given status {@code to} by an import. */
    public static boolean canMove(PlanStatus from, PlanStatus to) {
        return switch (to) {
            case DRAFT -> from == PlanStatus.DRAFT;
            case DRAFT_FOR_COMMENTS -> from == PlanStatus.DRAFT || from == PlanStatus.DRAFT_FOR_COMMENTS;
            case PUBLISHED -> from == PlanStatus.DRAFT || from == PlanStatus.DRAFT_FOR_COMMENTS;
            case CLOSED -> false;
        };
    }

    private void moveTo(Plan plan, PlanStatus status) {
        if (status == plan.status()) {
            return;
        }
        switch (status) {
            case DRAFT_FOR_COMMENTS -> plan.openForComments(clock.instant());
            case PUBLISHED -> {
                plan.publish(clock.instant());
                events.publishEvent(new PlanEvents.PlanPublished(plan.id(), plan.title()));
            }
            default -> throw new PlanStateException("workbook.error.statusBackwards");
        }
    }
}
