package com.hospitalplan.plan;

import java.math.BigDecimal;

/**
 * Planned money in 万元 added up from budget lines: the sum of the amounts stated, whether any of them is approximate
 * (约), and whether every line it covers states its amount. A total over a line without an amount is incomplete: the
 * sum is what is known, never the whole. Plain Java.
 */
public record Money(BigDecimal amount, boolean approximate, boolean complete) {

    /** No line at all: nothing planned, nothing missing. */
    public static final Money NONE = new Money(BigDecimal.ZERO, false, true);

    /** A line the document names without an amount (未说明). */
    static final Money NOT_STATED = new Money(BigDecimal.ZERO, false, false);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("A sum of money has an amount, 0 when nothing is known");
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), approximate || other.approximate, complete && other.complete);
    }

    /** Nothing of it is known: only lines without an amount. */
    public boolean unknown() {
        return !complete && amount.signum() == 0;
    }
}
