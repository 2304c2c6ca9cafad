package com.hospitalplan.plan;

import com.hospitalplan.targets.StoredTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The target of an indicator as a second place of the document states it, differently (seed 001: 36 in its table, 31
 * in its text). The indicator's own target counts until a planner resolves the conflict.
 */
@Entity
@Table(name = "indicator_alternative_target")
class AlternativeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long indicatorId;
    private int position;
    private String targetText;
    private String source;
    private String targetReading;
    private Integer parserVersion;
    private Long resolvedBy;
    private java.time.Instant resolvedAt;

    protected AlternativeTarget() {}

    AlternativeTarget(Long indicatorId, int position, String targetText, String source, StoredTarget reading) {
        this.indicatorId = indicatorId;
        this.position = position;
        this.targetText = targetText;
        this.source = source;
        this.targetReading = reading.reading();
        this.parserVersion = reading.parserVersion();
    }

    Long id() {
        return id;
    }

    Long indicatorId() {
        return indicatorId;
    }

    String targetText() {
        return targetText;
    }

    String source() {
        return source;
    }

    /** Whether a planner has confirmed which statement counts. */
    boolean resolved() {
        return resolvedAt != null;
    }

    void resolve(Long userId, java.time.Instant at) {
        this.resolvedBy = userId;
        this.resolvedAt = at;
    }

    /** This statement becomes the other one: the indicator's former target, with its source. */
    void replaceWith(String targetText, String source, StoredTarget reading) {
        this.targetText = targetText;
        this.source = source;
        this.targetReading = reading.reading();
        this.parserVersion = reading.parserVersion();
    }

    StoredTarget storedTarget() {
        return new StoredTarget(targetReading, StoredTarget.ReadBy.PARSER, parserVersion);
    }
}
