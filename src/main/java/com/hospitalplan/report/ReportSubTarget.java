package com.hospitalplan.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.Objects;

/** What one report states of one sub-target of a milestone ("引进博士 1-2人"): a number, or yes/no. A part of {@link Report}. */
@Entity
class ReportSubTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long milestoneId;
    private int position;
    private BigDecimal numberValue;
    private Boolean yesValue;

    protected ReportSubTarget() {}

    ReportSubTarget(Long milestoneId, int position) {
        this.milestoneId = milestoneId;
        this.position = position;
    }

    /** Sets the value; says whether anything changed. */
    boolean set(BigDecimal number, Boolean yes) {
        boolean changed = !Objects.equals(
                        numberValue == null ? null : numberValue.stripTrailingZeros(),
                        number == null ? null : number.stripTrailingZeros())
                || !Objects.equals(yesValue, yes);
        this.numberValue = number;
        this.yesValue = yes;
        return changed;
    }

    boolean isEmpty() {
        return numberValue == null && yesValue == null;
    }

    /** The value as one line of text, for the history. */
    String shown() {
        if (numberValue != null) {
            return numberValue.stripTrailingZeros().toPlainString();
        }
        return yesValue == null ? "" : yesValue.toString();
    }

    /** Which sub-target it is: its milestone and its position there. */
    Key key() {
        return new Key(milestoneId, position);
    }

    BigDecimal numberValue() {
        return numberValue;
    }

    Boolean yesValue() {
        return yesValue;
    }

    /** A sub-target of a milestone: the milestone and the sub-target's position there. */
    record Key(Long milestoneId, int position) {}
}
