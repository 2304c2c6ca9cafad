package com.hospitalplan.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's reported progress over periods: the cumulative investment completed and funds arrived (万元), and the
 * rates 投资完成率 and 资金到位率 = cumulative ÷ total planned investment. Only approved periods count towards the
 * cumulative figures; a period pending review shows the approved ones before it plus its own. A rate is always
 * computed, so marked derived (推算); above 100 % it is flagged, not refused; over a planned total with lines whose
 * amount is not stated it is at most the figure shown. Plain Java.
 */
public final class ProgressRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRates() {}

    /**
     * A rate in %, one decimal.
     *
     * @param overHundred above 100 %: flagged
     * @param atMost the planned total leaves lines unstated, so the real rate is at most this
     */
    public record Rate(BigDecimal percent, boolean overHundred, boolean atMost) {

        /** Computed, never stated: shown as 推算 (and {@code derived: true} in the API). */
        @JsonProperty("derived")
        public boolean derived() {
            return true;
        }
    }

    /** One period's reported figures (null: not reported), in the order of the periods. */
    public record Entry<K>(K key, boolean approved, BigDecimal investment, BigDecimal funds) {}

    /** A period with the cumulative figures and rates as of it. */
    public record Line<K>(
            Entry<K> entry,
            BigDecimal cumulativeInvestment,
            BigDecimal cumulativeFunds,
            Rate investmentRate,
            Rate fundsRate) {}

    /** Cumulative ÷ planned total; null when either is unknown or the planned total is 0. */
    public static Rate rate(BigDecimal cumulative, InvestmentTable.Total planned) {
        if (cumulative == null
                || planned == null
                || planned.amount() == null
                || planned.amount().signum() == 0) {
            return null;
        }
        BigDecimal percent = cumulative.multiply(HUNDRED).divide(planned.amount(), 1, RoundingMode.HALF_UP);
        return new Rate(percent, percent.compareTo(HUNDRED) > 0, !planned.complete());
    }

    /** The periods in order with their cumulative figures: approved periods add up, a pending one adds only to itself. */
    public static <K> List<Line<K>> ledger(List<Entry<K>> inOrder, InvestmentTable.Total planned) {
        List<Line<K>> lines = new ArrayList<>();
        BigDecimal investment = null;
        BigDecimal funds = null;
        for (Entry<K> entry : inOrder) {
            BigDecimal cumulativeInvestment = plus(investment, entry.investment());
            BigDecimal cumulativeFunds = plus(funds, entry.funds());
            if (entry.approved()) {
                investment = cumulativeInvestment;
                funds = cumulativeFunds;
            }
            lines.add(new Line<>(
                    entry,
                    cumulativeInvestment,
                    cumulativeFunds,
                    rate(cumulativeInvestment, planned),
                    rate(cumulativeFunds, planned)));
        }
        return lines;
    }

    /** A sum where null is "none reported": null only when both are. */
    static BigDecimal plus(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
