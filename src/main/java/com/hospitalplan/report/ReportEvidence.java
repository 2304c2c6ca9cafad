package com.hospitalplan.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file supporting a report. Never deleted: removing it marks it removed and keeps it for the history. */
@Entity
@Table(name = "report_evidence")
class ReportEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;
    private String filename;
    private String contentType;
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    private byte[] content;

    private Long uploadedBy;
    private Instant uploadedAt;
    private Instant removedAt;

    protected ReportEvidence() {}

    ReportEvidence(Long reportId, String filename, EvidenceType type, byte[] content, Long uploadedBy, Instant now) {
        this.reportId = reportId;
        this.filename = filename;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    Long id() {
        return id;
    }

    Long reportId() {
        return reportId;
    }

    String filename() {
        return filename;
    }

    String contentType() {
        return contentType;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    byte[] content() {
        return content;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
