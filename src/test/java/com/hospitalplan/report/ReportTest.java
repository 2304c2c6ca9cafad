package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Instant NOW = Instant.parse("2024-10-10T02:00:00Z");

    private final Report report = new Report(1L, 2L, NOW);

    @Test
    void aDraftIsSubmittedAndApproved() {
        report.submit(7L, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.isEditable()).isFalse();
        report.approve(9L, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void aReturnedReportIsEditedAndSubmittedAgain() {
        report.submit(7L, NOW);
        report.returnToReporter("数值与上期差异过大，请核实", 9L, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnReason()).isEqualTo("数值与上期差异过大，请核实");
        report.describe("成效", "问题", "计划", NOW);
        report.submit(7L, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void returningNeedsAReason() {
        report.submit(7L, NOW);
        assertThatThrownBy(() -> report.returnToReporter(" ", 9L, NOW))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.reasonRequired");
    }

    @Test
    void submittingTwiceIsRefused() {
        report.submit(7L, NOW);
        assertThatThrownBy(() -> report.submit(7L, NOW))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.locked");
    }

    @Test
    void onlyASubmittedReportIsDecided() {
        assertThatThrownBy(() -> report.approve(9L, NOW)).isInstanceOf(ReportStateException.class);
        report.submit(7L, NOW);
        report.approve(9L, NOW);
        assertThatThrownBy(() -> report.approve(9L, NOW)).isInstanceOf(ReportStateException.class);
        assertThatThrownBy(() -> report.describe("x", null, null, NOW)).isInstanceOf(ReportStateException.class);
    }

    @Test
    void anApprovedReportIsReopenedOnlyWithAReason() {
        report.submit(7L, NOW);
        report.approve(9L, NOW);
        assertThatThrownBy(() -> report.reopen("", 9L, NOW)).isInstanceOf(ReportStateException.class);
        report.reopen("发现统计口径错误", 9L, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.isEditable()).isTrue();
    }
}
