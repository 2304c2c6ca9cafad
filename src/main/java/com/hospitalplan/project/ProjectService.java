package com.hospitalplan.project;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.GoalNode;
import com.hospitalplan.plan.LinkedProjectChanges;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Construction projects of plans. Whoever may read a plan reads its projects; whoever may change the plan (its
 * owner's planners, administrators: {@link PlanService#mayChange}) changes them. A project of a plan the user may not
 * read is "not found"; one the user may only read is "denied".
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ConstructionProjectRepository projects;
    private final ProjectStageRepository stages;
    private final PlanService plans;
    private final OrganizationService organizations;
    private final ProjectViews views;
    private final LinkedProjectChanges linked;
    private final PlansWithProjects plansWithProjects;
    private final Clock clock;

    ProjectService(
            ConstructionProjectRepository projects,
            ProjectStageRepository stages,
            PlanService plans,
            OrganizationService organizations,
            ProjectViews views,
            LinkedProjectChanges linked,
            PlansWithProjects plansWithProjects,
            Clock clock) {
        this.projects = projects;
        this.stages = stages;
        this.plans = plans;
        this.organizations = organizations;
        this.views = views;
        this.linked = linked;
        this.plansWithProjects = plansWithProjects;
        this.clock = clock;
    }

    /** The projects of a plan the user may read. */
    public List<ProjectSummary> projectsOf(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ProjectNotFoundException("plan", planId);
        }
        return views.summaries(projects.findByPlanIdOrderByIdAsc(planId));
    }

    /** Refuses a user who may not add projects to the plan: not found where they may not read it, else denied. */
    public void requireMayChange(Long planId, SignedInUser user) {
        requireChange(planId, user);
    }

    /** Whether the user may add and change the plan's projects. */
    public boolean mayChange(Long planId, SignedInUser user) {
        return plans.mayChange(planId, user);
    }

    public ProjectDetail detail(Long projectId, SignedInUser user) {
        ConstructionProject project = readable(projectId, user);
        return views.detail(project, plans.mayChange(project.planId(), user));
    }

    /** The project for its forms; denied when the user may not change it. */
    public ProjectDetail editableDetail(Long projectId, SignedInUser user) {
        return views.detail(editable(projectId, user), true);
    }

    /** The stages of the list, in order. */
    public List<StageChoice> stages() {
        return stages.findAllByOrderByPositionAsc().stream()
                .map(stage -> new StageChoice(stage.id(), stage.name(), stage.position()))
                .toList();
    }

    /** A stage of the list. */
    public record StageChoice(Long id, String name, int position) {}

    @Transactional
    public Long create(Long planId, ProjectCommands.SaveProject command, SignedInUser user) {
        requireChange(planId, user);
        check(planId, command, user);
        ConstructionProject project = new ConstructionProject(planId, clock.instant());
        project.describe(command, clock.instant());
        plansWithProjects.projectMade(planId);
        return projects.save(project).id();
    }

    @Transactional
    public void update(Long projectId, long version, ProjectCommands.SaveProject command, SignedInUser user) {
        ConstructionProject project = editable(projectId, user);
        requireVersion(project, version);
        check(project.planId(), command, user);
        project.describe(command, clock.instant());
    }

    @Transactional
    public void specify(Long projectId, long version, List<ProjectCommands.Figure> figures, SignedInUser user) {
        ConstructionProject project = editable(projectId, user);
        requireVersion(project, version);
        project.specify(figures, clock.instant());
    }

    @Transactional
    public void fund(Long projectId, long version, List<ProjectCommands.Funding> lines, SignedInUser user) {
        ConstructionProject project = editable(projectId, user);
        requireVersion(project, version);
        project.fund(lines, clock.instant());
    }

    /**
     * Sets a stage's date: the first planned date while none is set; after that a new planned date only with a
     * reason, kept in the stage's history. Text without a year takes the year of the date planned so far.
     */
    @Transactional
    public void planStage(Long projectId, Long stageId, String text, String reason, SignedInUser user) {
        ConstructionProject project = editable(projectId, user);
        ProjectStageDate stage = project.stage(known(stageId));
        StageDates dates = stage.dates();
        VagueDate date = read("plannedText", text, dates.planned());
        if (!stage.planned()) {
            stage.plan(date);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new ProjectInputRefused("reason", "project.stage.reasonRequired");
            }
            if (date.equals(dates.planned())) {
                throw new ProjectInputRefused("plannedText", "project.stage.unchanged");
            }
            stage.move(date, reason.strip(), user.displayName(), clock.instant());
        }
        project.touch(clock.instant());
        linked.stagesChanged(project.planId(), projectId);
    }

    /** Records (or, with blank text, clears) the date the stage was reached. */
    @Transactional
    public void reachStage(Long projectId, Long stageId, String text, SignedInUser user) {
        ConstructionProject project = editable(projectId, user);
        ProjectStageDate stage = project.stage(known(stageId));
        stage.reach(
                text == null || text.isBlank()
                        ? null
                        : read("actualText", text, stage.dates().planned()));
        project.touch(clock.instant());
        linked.stagesChanged(project.planId(), projectId);
    }

    /** Adds a stage at the end of the list (administrators). */
    @Transactional
    public void addStage(String name, SignedInUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only administrators extend the stage list");
        }
        if (name == null || name.isBlank()) {
            throw new ProjectInputRefused("name", "project.stage.nameRequired");
        }
        if (stages.existsByName(name.strip())) {
            throw new ProjectInputRefused("name", "project.stage.nameTaken");
        }
        stages.save(new ProjectStage(name.strip(), stages.maxPosition() + 10));
    }

    private static VagueDate read(String field, String text, VagueDate before) {
        if (text == null || text.isBlank()) {
            throw new ProjectInputRefused(field, "project.date.required");
        }
        return VagueDateReader.read(
                        text, before == null ? null : before.latest().getYear())
                .orElseThrow(() -> new ProjectInputRefused(field, "project.date.unreadable"));
    }

    private Long known(Long stageId) {
        if (stageId == null || !stages.existsById(stageId)) {
            throw new ProjectNotFoundException("stage", stageId);
        }
        return stageId;
    }

    private void check(Long planId, ProjectCommands.SaveProject command, SignedInUser user) {
        if (command.goalId() != null
                && plans.detail(planId, user, Locale.ROOT).flatGoals().stream()
                        .map(GoalNode::id)
                        .noneMatch(command.goalId()::equals)) {
            throw new ProjectInputRefused("goalId", "project.form.unknownGoal");
        }
        if (command.institutionId() != null
                && organizations.find(command.institutionId()).isEmpty()) {
            throw new ProjectInputRefused("institutionId", "project.form.unknownInstitution");
        }
    }

    private ConstructionProject readable(Long projectId, SignedInUser user) {
        ConstructionProject project =
                projects.findById(projectId).orElseThrow(() -> new ProjectNotFoundException("project", projectId));
        if (!plans.mayRead(project.planId(), user)) {
            throw new ProjectNotFoundException("project", projectId);
        }
        return project;
    }

    private ConstructionProject editable(Long projectId, SignedInUser user) {
        ConstructionProject project = readable(projectId, user);
        requireChange(project.planId(), user);
        return project;
    }

    private void requireChange(Long planId, SignedInUser user) {
        if (!plans.mayRead(planId, user)) {
            throw new ProjectNotFoundException("plan", planId);
        }
        if (!plans.mayChange(planId, user)) {
            throw new AccessDeniedException("Only the plan's planners change its projects");
        }
    }

    private static void requireVersion(ConstructionProject project, long version) {
        if (project.version() != version) {
            throw new ObjectOptimisticLockingFailureException(ConstructionProject.class, project.id());
        }
    }
}
