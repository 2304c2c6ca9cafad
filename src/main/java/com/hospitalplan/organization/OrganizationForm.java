package com.hospitalplan.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The organisation form of the admin pages (create and edit). */
class OrganizationForm {

    @NotBlank(message = "{admin.organizations.nameRequired}")
    @Size(max = 128, message = "{form.tooLong}")
    private String name;

    @NotNull(message = "{admin.organizations.kindRequired}")
    private OrganizationKind kind;

    @NotBlank(message = "{admin.organizations.regionRequired}")
    private String regionCode;

    private Long parentId;

    @Size(max = 16, message = "{form.tooLong}")
    private String grade;

    private long version;

    static OrganizationForm of(OrganizationView organization) {
        OrganizationForm form = new OrganizationForm();
        form.name = organization.name();
        form.kind = organization.kind();
        form.regionCode = organization.regionCode();
        form.parentId = organization.parentId();
        form.grade = organization.grade();
        form.version = organization.version();
        return form;
    }

    OrganizationCommand command() {
        return new OrganizationCommand(
                name.strip(), kind, regionCode, parentId, grade == null || grade.isBlank() ? null : grade.strip());
    }

    boolean departmentHasParent() {
        return kind != OrganizationKind.DEPARTMENT || parentId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
