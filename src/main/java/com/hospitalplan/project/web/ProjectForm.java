package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectCommands;
import com.hospitalplan.project.ProjectDetail;
import com.hospitalplan.project.ProjectKind;
import com.hospitalplan.shared.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A project's description and its phases (rows left blank are dropped; two blank rows to add phases). */
public class ProjectForm {

    private long version;

    @NotBlank(message = "{project.form.nameRequired}")
    @Size(max = 255, message = "{form.tooLong}")
    @PlainText
    private String name;

    /** null: the document does not say. */
    private ProjectKind kind;

    private Long institutionId;
    private Long goalId;

    @Size(max = 255, message = "{form.tooLong}")
    @PlainText
    private String location;

    @Size(max = 4000, message = "{form.tooLong}")
    @PlainText
    private String description;

    @Valid
    private List<PhaseRow> phases = new ArrayList<>();

    /** A phase as typed. */
    public static class PhaseRow {

        @Size(max = 64, message = "{form.tooLong}")
        @PlainText
        private String name;

        @Size(max = 500, message = "{form.tooLong}")
        @PlainText
        private String description;

        public PhaseRow() {}

        PhaseRow(String name, String description) {
            this.name = name;
            this.description = description;
        }

        boolean blank() {
            return Texts.blank(name) && Texts.blank(description);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    static ProjectForm empty() {
        ProjectForm form = new ProjectForm();
        form.withBlankRows();
        return form;
    }

    static ProjectForm of(ProjectDetail project) {
        ProjectForm form = new ProjectForm();
        form.version = project.version();
        form.name = project.name();
        form.kind = project.kind();
        form.institutionId = project.institutionId();
        form.goalId = project.goalId();
        form.location = project.location();
        form.description = project.description();
        project.phases().forEach(p -> form.phases.add(new PhaseRow(p.name(), p.description())));
        form.withBlankRows();
        return form;
    }

    ProjectForm withBlankRows() {
        phases.add(new PhaseRow());
        phases.add(new PhaseRow());
        return this;
    }

    /** The index of a phase row with a description but no name, or -1. */
    int unnamedPhase() {
        for (int i = 0; i < phases.size(); i++) {
            if (!phases.get(i).blank() && Texts.blank(phases.get(i).name)) {
                return i;
            }
        }
        return -1;
    }

    ProjectCommands.SaveProject command() {
        return new ProjectCommands.SaveProject(
                name.strip(),
                kind,
                institutionId,
                goalId,
                Texts.trimmed(location),
                Texts.trimmed(description),
                phases.stream()
                        .filter(row -> !row.blank())
                        .map(row -> new ProjectCommands.Phase(row.name.strip(), Texts.trimmed(row.description)))
                        .toList());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<PhaseRow> getPhases() {
        return phases;
    }

    public void setPhases(List<PhaseRow> phases) {
        this.phases = phases;
    }
}
