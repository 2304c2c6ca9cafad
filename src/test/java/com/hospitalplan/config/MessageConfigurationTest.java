package com.hospitalplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

/** Years, quarters and counts in messages are written as a bureau writes them: never "2,021". */
class MessageConfigurationTest {

    private final MessageSource messages = messages();

    private static MessageSource messages() {
        MessageSourceProperties properties = new MessageSourceProperties();
        properties.setBasename(List.of("messages"));
        properties.setEncoding(java.nio.charset.StandardCharsets.UTF_8);
        properties.setFallbackToSystemLocale(false);
        return new MessageConfiguration().messageSource(properties);
    }

    @Test
    void yearsAndPeriodsAreNeverGroupedInEitherLanguage() {
        Object[] span = {2021, 2025, 3, 12};
        assertThat(messages.getMessage("dashboard.plan.subtitle", span, Locale.SIMPLIFIED_CHINESE))
                .startsWith("2021—2025年");
        assertThat(messages.getMessage("dashboard.plan.subtitle", span, Locale.ENGLISH))
                .startsWith("2021–2025");
        assertThat(messages.getMessage(
                        "dashboard.completeness.period.QUARTER", new Object[] {2026, 3}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2026年第3季度");
        assertThat(messages.getMessage(
                        "dashboard.pdf.subtitle",
                        new Object[] {2021, 2025, "2026-12-07", "x", 2000, 2000},
                        Locale.ENGLISH))
                .contains("2021–2025", "2000 of 2000")
                .doesNotContain("2,0");
    }

    @Test
    void otherArgumentsAreWrittenAsBefore() {
        assertThat(messages.getMessage("budget.perYear", new Object[] {"1,200"}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("每年 1,200");
        assertThat(messages.getMessage("budget.perYear", new Object[] {new BigDecimal("12.5")}, Locale.ENGLISH))
                .isEqualTo("12.5 a year");
    }
}
