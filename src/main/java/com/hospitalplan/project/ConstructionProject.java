package com.hospitalplan.project;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A construction project (建设项目) of a plan: what it is, its phases and figures, its stage dates and its investment.
 * Lists are changed in place (an entry keeps its row where it keeps its place) so that unique keys never clash.
 */
@Entity
class ConstructionProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long goalId;
    private Long institutionId;
    private String name;

    @Enumerated(EnumType.STRING)
    private ProjectKind kind;

    private String location;
    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    private List<ProjectPhase> phases = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("id")
    private List<ProjectSpecification> specifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("id")
    private List<ProjectStageDate> stageDates = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "project_id", nullable = false)
    @OrderBy("position")
    private List<ProjectFunding> fundings = new ArrayList<>();

    protected ConstructionProject() {}

    ConstructionProject(Long planId, Instant now) {
        this.planId = planId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(ProjectCommands.SaveProject command, Instant now) {
        this.name = command.name();
        this.kind = command.kind();
        this.institutionId = command.institutionId();
        this.goalId = command.goalId();
        this.location = command.location();
        this.description = command.description();
        List<ProjectCommands.Phase> wanted = command.phases();
        for (int i = 0; i < wanted.size(); i++) {
            if (i < phases.size()) {
                phases.get(i).rename(wanted.get(i).name(), wanted.get(i).description());
            } else {
                phases.add(new ProjectPhase(
                        i + 1, wanted.get(i).name(), wanted.get(i).description()));
            }
        }
        phases.subList(wanted.size(), phases.size()).clear();
        specifications.removeIf(spec -> spec.phase() != null && spec.phase() > wanted.size());
        this.updatedAt = now;
    }

    /** The figures, replacing those there were; a figure of a phase the project does not have is refused. */
    void specify(List<ProjectCommands.Figure> figures, Instant now) {
        for (ProjectCommands.Figure figure : figures) {
            if (figure.phase() != null && (figure.phase() < 1 || figure.phase() > phases.size())) {
                throw new IllegalArgumentException("No phase " + figure.phase());
            }
            if (!figure.measure().allows(figure.unit())) {
                throw new IllegalArgumentException(figure.measure() + " is not given in " + figure.unit());
            }
        }
        specifications.removeIf(spec -> figures.stream().noneMatch(spec::sameKey));
        for (ProjectCommands.Figure figure : figures) {
            specifications.stream()
                    .filter(spec -> spec.sameKey(figure))
                    .findFirst()
                    .ifPresentOrElse(
                            spec -> spec.change(figure), () -> specifications.add(new ProjectSpecification(figure)));
        }
        this.updatedAt = now;
    }

    void fund(List<ProjectCommands.Funding> lines, Instant now) {
        for (int i = 0; i < lines.size(); i++) {
            if (i < fundings.size()) {
                fundings.get(i).change(lines.get(i));
            } else {
                fundings.add(new ProjectFunding(i + 1, lines.get(i)));
            }
        }
        fundings.subList(lines.size(), fundings.size()).clear();
        this.updatedAt = now;
    }

    /** The stage's dates, made (empty) when the project has none of that stage yet. */
    ProjectStageDate stage(Long stageId) {
        return stageDates.stream()
                .filter(date -> Objects.equals(date.stageId(), stageId))
                .findFirst()
                .orElseGet(() -> {
                    ProjectStageDate date = new ProjectStageDate(stageId);
                    stageDates.add(date);
                    return date;
                });
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    Long goalId() {
        return goalId;
    }

    Long institutionId() {
        return institutionId;
    }

    String name() {
        return name;
    }

    ProjectKind kind() {
        return kind;
    }

    String location() {
        return location;
    }

    String description() {
        return description;
    }

    long version() {
        return version;
    }

    List<ProjectPhase> phases() {
        return List.copyOf(phases);
    }

    List<ProjectCommands.Figure> figures() {
        return specifications.stream().map(ProjectSpecification::figure).toList();
    }

    List<ProjectStageDate> stageDates() {
        return List.copyOf(stageDates);
    }

    List<ProjectCommands.Funding> fundingLines() {
        return fundings.stream().map(ProjectFunding::funding).toList();
    }
}
