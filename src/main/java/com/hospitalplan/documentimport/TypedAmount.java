package com.hospitalplan.documentimport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * An amount in 万元 as typed on the review page (a budget line's, a stated total's, a milestone's planned cost), and
 * why it cannot be taken. It goes into columns of numeric(14,2) that are never negative, so it is a plain number of
 * at most 12 digits before and 2 after the decimal point (trailing zeros aside), as the budget line form asks.
 * Full-width digits and thousands separators ("60,000", as documents write amounts) are read as such.
 *
 * @param value the amount, or {@code null} when nothing was typed or it cannot be taken
 * @param problem why it cannot be taken, as a message key, or {@code null}
 */
record TypedAmount(BigDecimal value, String problem) {

    static final int INTEGER_DIGITS = 12;
    static final int FRACTION_DIGITS = 2;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?:\\D|$))");

    static TypedAmount of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new TypedAmount(null, null);
        }
        String plain = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC)
                .replace('\u2212', '-')
                .replace(" ", "");
        plain = THOUSANDS.matcher(plain).replaceAll("");
        if (!NUMBER.matcher(plain).matches()) {
            return new TypedAmount(null, "documentReview.error.amount");
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() < 0) {
            return new TypedAmount(null, "documentReview.error.amountNegative");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > FRACTION_DIGITS || stripped.precision() - stripped.scale() > INTEGER_DIGITS) {
            return new TypedAmount(null, "documentReview.error.amountDigits");
        }
        return new TypedAmount(value, null);
    }

    /** The amount as the review page's field shows it ("1200", "85.5"), or {@code null}. */
    static String shown(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
