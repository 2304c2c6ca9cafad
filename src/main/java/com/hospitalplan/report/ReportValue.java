package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;

/** The actual value of one indicator in one report: a number, a level or a yes/no, with an explanation. A part of {@link Report}. */
@Entity
class ReportValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long indicatorId;
    private BigDecimal numberValue;
    private String levelValue;
    private Boolean yesValue;
    private String explanation;
    private String returnReason;

    protected ReportValue() {}

    ReportValue(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    /** Sets the value; says whether anything changed. */
    boolean set(BigDecimal number, String level, Boolean yes, String explanation) {
        boolean changed = !Objects.equals(
                        numberValue == null ? null : numberValue.stripTrailingZeros(),
                        number == null ? null : number.stripTrailingZeros())
                || !Objects.equals(levelValue, level)
                || !Objects.equals(yesValue, yes)
                || !Objects.equals(this.explanation, explanation);
        this.numberValue = number;
        this.levelValue = level;
        this.yesValue = yes;
        this.explanation = explanation;
        return changed;
    }

    void returnWith(String reason) {
        this.returnReason = reason;
    }

    boolean isEmpty() {
        return numberValue == null && levelValue == null && yesValue == null;
    }

    /** The value as one line of text, for the history. */
    String shown() {
        if (numberValue != null) {
            return numberValue.stripTrailingZeros().toPlainString();
        }
        if (levelValue != null) {
            return levelValue;
        }
        return yesValue == null ? "" : yesValue.toString();
    }

    Long id() {
        return id;
    }

    Long indicatorId() {
        return indicatorId;
    }

    BigDecimal numberValue() {
        return numberValue;
    }

    String levelValue() {
        return levelValue;
    }

    Boolean yesValue() {
        return yesValue;
    }

    String explanation() {
        return explanation;
    }

    String returnReason() {
        return returnReason;
    }
}
