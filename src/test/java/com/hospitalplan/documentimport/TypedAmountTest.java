package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** An amount typed on the review page: what is read as 万元, and why the rest is refused. */
class TypedAmountTest {

    @Test
    void readsPlainNumbersFullWidthDigitsAndThousandsSeparators() {
        assertThat(TypedAmount.of("1200").value()).isEqualByComparingTo("1200");
        assertThat(TypedAmount.of(" 85.5 ").value()).isEqualByComparingTo("85.5");
        assertThat(TypedAmount.of("60,000").value()).isEqualByComparingTo("60000");
        assertThat(TypedAmount.of("１２００．５").value()).isEqualByComparingTo("1200.5");
        assertThat(TypedAmount.of("300.00").value()).isEqualByComparingTo("300");
        assertThat(TypedAmount.of("1.500").value())
                .as("trailing zeros are no decimals")
                .isEqualByComparingTo("1.5");
        assertThat(TypedAmount.of("999999999999.99").problem()).isNull();
        assertThat(TypedAmount.of("0").value()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void nothingTypedIsNoAmountAndNoProblem() {
        assertThat(TypedAmount.of(null)).isEqualTo(new TypedAmount(null, null));
        assertThat(TypedAmount.of("  ")).isEqualTo(new TypedAmount(null, null));
    }

    @Test
    void refusesWordsNegativesAndMoreDigitsThanTheColumnsHold() {
        assertThat(TypedAmount.of("八百").problem()).isEqualTo("documentReview.error.amount");
        assertThat(TypedAmount.of("800万元").problem()).isEqualTo("documentReview.error.amount");
        assertThat(TypedAmount.of("1e3").problem()).isEqualTo("documentReview.error.amount");
        assertThat(TypedAmount.of("1,2").problem()).isEqualTo("documentReview.error.amount");
        assertThat(TypedAmount.of("-5").problem()).isEqualTo("documentReview.error.amountNegative");
        assertThat(TypedAmount.of("－5").problem()).isEqualTo("documentReview.error.amountNegative");
        assertThat(TypedAmount.of("1.234").problem()).isEqualTo("documentReview.error.amountDigits");
        assertThat(TypedAmount.of("1000000000000").problem()).isEqualTo("documentReview.error.amountDigits");
        assertThat(TypedAmount.of("1.234").value()).isNull();
    }

    @Test
    void showsAnAmountWithoutTrailingZerosOrExponent() {
        assertThat(TypedAmount.shown(new BigDecimal("20000.00"))).isEqualTo("20000");
        assertThat(TypedAmount.shown(new BigDecimal("1E+4"))).isEqualTo("10000");
        assertThat(TypedAmount.shown(new BigDecimal("85.50"))).isEqualTo("85.5");
        assertThat(TypedAmount.shown(null)).isNull();
    }
}
