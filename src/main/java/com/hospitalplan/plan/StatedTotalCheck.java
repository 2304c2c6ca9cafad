package com.hospitalplan.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A total the document states, beside what its lines add up to.
 *
 * @param fundingSource, category, year which lines the total covers; {@code null} means all
 */
public record StatedTotalCheck(
        String label, String fundingSource, String category, Integer year, BigDecimal stated, BigDecimal computed) {

    @JsonProperty
    public boolean matches() {
        return stated.compareTo(computed) == 0;
    }

    @JsonProperty
    public BigDecimal difference() {
        return computed.subtract(stated);
    }
}
