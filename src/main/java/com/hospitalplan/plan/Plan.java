package com.hospitalplan.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A plan: its description and status here, its goals, indicators, milestones and budget lines in {@link
 * PlanContents}. Each change moves the plan's {@code updatedAt} (and so its version) once.
 */
@Entity
class Plan extends PlanContents {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_key")
    private String key;

    private String title;
    private String issuer;
    private Long ownerOrganizationId;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    private int startYear;
    private int endYear;
    private LocalDate issuedOn;
    private String summary;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "plan_basis_document", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<BasisDocument> basisDocuments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_coverage", joinColumns = @JoinColumn(name = "plan_id"))
    private List<Coverage> coverage = new ArrayList<>();

    @Version
    private long version;

    protected Plan() {}

    Plan(Long ownerOrganizationId, Instant now) {
        this.ownerOrganizationId = ownerOrganizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes the command's title, period, basis and coverage (the owner is chosen when the plan is created). */
    void describe(PlanCommands.SavePlan command, Instant now) {
        if (command.endYear() < command.startYear()) {
            throw new IllegalArgumentException("The plan ends before it starts");
        }
        this.title = command.title();
        this.issuer = command.issuer();
        this.startYear = command.startYear();
        this.endYear = command.endYear();
        this.issuedOn = command.issuedOn();
        this.summary = command.summary();
        this.basisDocuments.clear();
        this.basisDocuments.addAll(command.basisDocuments());
        this.coverage.clear();
        command.coveredOrganizationIds().forEach(id -> coverage.add(new Coverage(id, null)));
        command.coveredRegionCodes().forEach(code -> coverage.add(new Coverage(null, code)));
        this.updatedAt = now;
    }

    /** A draft or a draft for comments becomes the plan in force. */
    void publish(Instant now) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.DRAFT_FOR_COMMENTS) {
            throw new PlanStateException("plan.error.publishState");
        }
        status = PlanStatus.PUBLISHED;
        updatedAt = now;
    }

    void openForComments(Instant now) {
        if (status != PlanStatus.DRAFT) {
            throw new PlanStateException("plan.error.commentsState");
        }
        status = PlanStatus.DRAFT_FOR_COMMENTS;
        updatedAt = now;
    }

    void close(Instant now) {
        if (status != PlanStatus.PUBLISHED) {
            throw new PlanStateException("plan.error.closeState");
        }
        status = PlanStatus.CLOSED;
        updatedAt = now;
    }

    /** Targets of a published plan change only by a recorded revision; a closed plan does not change at all. */
    @Override
    boolean targetsNeedRevision() {
        return status == PlanStatus.PUBLISHED;
    }

    @Override
    boolean isEditable() {
        return status != PlanStatus.CLOSED;
    }

    @Override
    void changed(Instant now) {
        updatedAt = now;
    }

    @Override
    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    String issuer() {
        return issuer;
    }

    Long ownerOrganizationId() {
        return ownerOrganizationId;
    }

    PlanStatus status() {
        return status;
    }

    int startYear() {
        return startYear;
    }

    int endYear() {
        return endYear;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    String summary() {
        return summary;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<BasisDocument> basisDocuments() {
        return List.copyOf(basisDocuments);
    }

    /** Who reports what no responsible unit is named for: the covered institutions, or else the owner. */
    List<Long> reporterIds() {
        List<Long> covered = coverage.stream()
                .map(Coverage::organizationId)
                .filter(Objects::nonNull)
                .toList();
        return covered.isEmpty() ? List.of(ownerOrganizationId) : covered;
    }

    List<Coverage> coverage() {
        return List.copyOf(coverage);
    }

    long version() {
        return version;
    }

    /** An edit made on an older version of the plan is stale (409). */
    void requireVersion(long submitted) {
        if (version != submitted) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, id);
        }
    }
}
