package com.hospitalplan.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrative region with its official 6-digit division code: a new one, or a change of one. */
class RegionForm {

    @NotBlank(message = "{admin.regions.codeRequired}")
    @Pattern(regexp = "\\d{6}", message = "{admin.regions.codeFormat}")
    private String code;

    @NotBlank(message = "{admin.regions.nameRequired}")
    @Size(max = 64, message = "{form.tooLong}")
    private String name;

    @NotNull(message = "{admin.regions.levelRequired}")
    private RegionLevel level;

    /** The parent region as typed: its label from the typeahead ("湛江市（440800）"), its code or its exact name. */
    @Size(max = 100, message = "{form.tooLong}")
    private String parentCode;

    static RegionForm of(RegionView region, RegionTree tree) {
        RegionForm form = new RegionForm();
        form.code = region.code();
        form.name = region.name();
        form.level = region.level();
        form.parentCode =
                region.parentCode() == null ? null : tree.name(region.parentCode()) + "（" + region.parentCode() + "）";
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public void setLevel(RegionLevel level) {
        this.level = level;
    }

    /** Whether a parent was typed (blank: a top-level region). */
    boolean parentTyped() {
        return parentCode != null && !parentCode.isBlank();
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
