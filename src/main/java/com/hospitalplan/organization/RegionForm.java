package com.hospitalplan.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new administrative region with its official 6-digit division code. */
class RegionForm {

    @NotBlank(message = "{admin.regions.codeRequired}")
    @Pattern(regexp = "\\d{6}", message = "{admin.regions.codeFormat}")
    private String code;

    @NotBlank(message = "{admin.regions.nameRequired}")
    @Size(max = 64, message = "{form.tooLong}")
    private String name;

    @NotNull(message = "{admin.regions.levelRequired}")
    private RegionLevel level;

    private String parentCode;

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

    /** The parent region's code, or {@code null} for a top-level region. */
    String parentCodeOrNull() {
        return parentCode == null || parentCode.isBlank() ? null : parentCode;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
