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

    /** The region as typed: its label from the typeahead ("湛江市（440800）"), its code or its exact name. */
    @NotBlank(message = "{admin.organizations.regionRequired}")
    @Size(max = 100, message = "{form.tooLong}")
    private String regionCode;

    /** The parent as typed: its label from the typeahead ("粤北人民医院 #12"), its id or its exact name; blank for none. */
    @Size(max = 200, message = "{form.tooLong}")
    private String parent;

    /** The parent chosen: read from {@link #parent} when that is filled in (a client without it may send the id). */
    private Long parentId;

    @Size(max = 16, message = "{form.tooLong}")
    private String grade;

    private long version;

    static OrganizationForm of(OrganizationView organization) {
        OrganizationForm form = new OrganizationForm();
        form.name = organization.name();
        form.kind = organization.kind();
        form.regionCode = organization.regionName() + "（" + organization.regionCode() + "）";
        form.parentId = organization.parentId();
        form.parent =
                organization.parentId() == null ? null : organization.parentName() + " #" + organization.parentId();
        form.grade = organization.grade();
        form.version = organization.version();
        return form;
    }

    /** What to save, in the region chosen (the code read from what was typed). */
    OrganizationCommand command(String chosenRegionCode) {
        return new OrganizationCommand(
                name.strip(),
                kind,
                chosenRegionCode,
                parentId,
                grade == null || grade.isBlank() ? null : grade.strip());
    }

    /** Whether a parent was typed (then it, not the id, says which). */
    boolean parentTyped() {
        return parent != null && !parent.isBlank();
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

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
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
