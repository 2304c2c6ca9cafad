package com.hospitalplan.plan.web;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanDetail;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The plan form (create and edit). Basis documents are one per line: "title | document number". */
public class PlanForm {

    @NotBlank(message = "{plan.form.titleRequired}")
    @Size(max = 255, message = "{form.tooLong}")
    private String title;

    @NotBlank(message = "{plan.form.issuerRequired}")
    @Size(max = 128, message = "{form.tooLong}")
    private String issuer;

    @NotNull(message = "{plan.form.yearRequired}")
    @Min(value = 1990, message = "{plan.form.yearRange}")
    @Max(value = 2100, message = "{plan.form.yearRange}")
    private Integer startYear;

    @NotNull(message = "{plan.form.yearRequired}")
    @Min(value = 1990, message = "{plan.form.yearRange}")
    @Max(value = 2100, message = "{plan.form.yearRange}")
    private Integer endYear;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @Size(max = 4000, message = "{form.tooLong}")
    private String summary;

    @Size(max = 4000, message = "{form.tooLong}")
    private String basisDocuments;

    private Long ownerOrganizationId;
    private List<Long> coveredOrganizationIds = new ArrayList<>();
    private List<String> coveredRegionCodes = new ArrayList<>();
    private long version;

    static PlanForm of(PlanDetail plan) {
        PlanForm form = new PlanForm();
        form.title = plan.title();
        form.issuer = plan.issuer();
        form.startYear = plan.startYear();
        form.endYear = plan.endYear();
        form.issuedOn = plan.issuedOn();
        form.summary = plan.summary();
        form.basisDocuments = String.join(
                "\n",
                plan.basisDocuments().stream()
                        .map(d -> d.number() == null ? d.title() : d.title() + " | " + d.number())
                        .toList());
        form.ownerOrganizationId = plan.ownerOrganizationId();
        form.coveredOrganizationIds = new ArrayList<>(plan.coveredOrganizationIds());
        form.coveredRegionCodes = new ArrayList<>(plan.coveredRegionCodes());
        form.version = plan.version();
        return form;
    }

    boolean yearsInOrder() {
        return startYear == null || endYear == null || endYear >= startYear;
    }

    PlanCommands.SavePlan command() {
        List<BasisDocument> documents = new ArrayList<>();
        if (basisDocuments != null) {
            for (String line : basisDocuments.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("[|｜]", 2);
                String number = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
                documents.add(new BasisDocument(parts[0].strip(), number));
            }
        }
        return new PlanCommands.SavePlan(
                title.strip(),
                issuer.strip(),
                startYear,
                endYear,
                issuedOn,
                summary == null || summary.isBlank() ? null : summary.strip(),
                documents,
                ownerOrganizationId,
                coveredOrganizationIds == null ? List.of() : coveredOrganizationIds,
                coveredRegionCodes == null ? List.of() : coveredRegionCodes);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBasisDocuments() {
        return basisDocuments;
    }

    public void setBasisDocuments(String basisDocuments) {
        this.basisDocuments = basisDocuments;
    }

    public Long getOwnerOrganizationId() {
        return ownerOrganizationId;
    }

    public void setOwnerOrganizationId(Long ownerOrganizationId) {
        this.ownerOrganizationId = ownerOrganizationId;
    }

    public List<Long> getCoveredOrganizationIds() {
        return coveredOrganizationIds;
    }

    public void setCoveredOrganizationIds(List<Long> coveredOrganizationIds) {
        this.coveredOrganizationIds = coveredOrganizationIds;
    }

    public List<String> getCoveredRegionCodes() {
        return coveredRegionCodes;
    }

    public void setCoveredRegionCodes(List<String> coveredRegionCodes) {
        this.coveredRegionCodes = coveredRegionCodes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
