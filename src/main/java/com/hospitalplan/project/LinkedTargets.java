package com.hospitalplan.project;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.plan.PlanFigures;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.TargetService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's targets that name one of its construction projects, each with the verdict of the one judgement ({@link
 * Judgement}, which judges a stage target from the project's stage dates): what the plan page's project section and
 * the project's page and API show, the same as the dashboards. No access check: callers show it only to readers of
 * the plan.
 */
@Service
@Transactional(readOnly = true)
public class LinkedTargets {

    /**
     * A target about a project with its verdict.
     *
     * @param explanation the judgement's sentence in the reader's language ("投入使用计划2025年底，原计划2025年上半年…")
     */
    public record LinkedTarget(
            Long indicatorId,
            String indicatorName,
            String targetText,
            Long projectId,
            String projectName,
            Status status,
            boolean achieved,
            String explanation) {}

    private final PlanService plans;
    private final PlanFigures figures;
    private final LevelScales scales;
    private final TargetService targets;
    private final Clock clock;

    LinkedTargets(PlanService plans, PlanFigures figures, LevelScales scales, TargetService targets, Clock clock) {
        this.plans = plans;
        this.figures = figures;
        this.scales = scales;
        this.targets = targets;
        this.clock = clock;
    }

    /** Every target of the plan that names one of its projects, in the plan's order. */
    public List<LinkedTarget> ofPlan(Long planId, Locale locale) {
        if (!figures.namesProjects(planId)) {
            return List.of(); // the plan page asks for every plan: no scope is built for one without such targets
        }
        ReportingScope scope = plans.reportingScope(planId);
        Judgement judgement = Judgement.of(scope, LocalDate.now(clock), scales.catalog());
        return scope.indicators().stream()
                .filter(i -> i.project() != null)
                .map(i -> linked(judgement, i, locale))
                .toList();
    }

    /** The targets of the plan that name the project. */
    public List<LinkedTarget> ofProject(Long planId, Long projectId, Locale locale) {
        return ofPlan(planId, locale).stream()
                .filter(t -> Objects.equals(t.projectId(), projectId))
                .toList();
    }

    private LinkedTarget linked(Judgement judgement, IndicatorItem indicator, Locale locale) {
        // the plan as a whole, as the plan dashboard judges it; a stage target's verdict is the same in every scope
        Verdict verdict = judgement.set(indicator, indicator.target(), List.of(), List.of());
        return new LinkedTarget(
                indicator.id(),
                indicator.name(),
                indicator.targetText(),
                indicator.project().id(),
                indicator.project().name(),
                verdict.status(),
                verdict.achieved(),
                targets.render(verdict.evaluation().explanation(), locale));
    }
}
