package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's rules: which status allows which step, what each step records, and its parts. Plain Java. */
class ReportTest {

    private static final Instant NOW = Instant.parse("2024-10-10T02:00:00Z");
    private static final ReportedPlan PLAN = new ReportedPlan(5L, "包头医学院第一附属医院发展规划");
    private static final Long PERIOD = 1L;
    private static final Long UNIT = 2L;
    private static final Long INDICATOR = 11L;

    private final Report report = new Report(PERIOD, UNIT, NOW);

    private Report submitted() {
        report.submit(7L, NOW, PLAN);
        return report;
    }

    @Test
    void aDraftIsSubmittedAndApproved() {
        submitted();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.isEditable()).isFalse();
        assertThat(report.submittedAt()).isEqualTo(NOW);
        report.approve(9L, NOW, PLAN);
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void aReturnedReportIsEditedAndSubmittedAgain() {
        submitted().returnToReporter("数值与上期差异过大，请核实", Map.of(), 9L, NOW, PLAN);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnReason()).isEqualTo("数值与上期差异过大，请核实");
        assertThat(report.describe("成效", "问题", "计划", NOW)).isTrue();
        report.submit(7L, NOW, PLAN);
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void returningNeedsAReason() {
        submitted();
        assertThatThrownBy(() -> report.returnToReporter(" ", Map.of(), 9L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.reasonRequired");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void submittingTwiceIsRefused() {
        submitted();
        assertThatThrownBy(() -> report.submit(7L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.locked");
    }

    @Test
    void onlyASubmittedReportIsDecided() {
        assertThatThrownBy(() -> report.approve(9L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.notSubmitted");
        assertThatThrownBy(() -> report.returnToReporter("理由", Map.of(), 9L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.notSubmitted");
        submitted().approve(9L, NOW, PLAN);
        assertThatThrownBy(() -> report.approve(9L, NOW, PLAN)).isInstanceOf(ReportStateException.class);
        assertThatThrownBy(() -> report.describe("x", null, null, NOW)).isInstanceOf(ReportStateException.class);
    }

    @Test
    void anApprovedReportIsReopenedOnlyWithAReason() {
        submitted().approve(9L, NOW, PLAN);
        assertThatThrownBy(() -> report.reopen("", 9L, NOW, PLAN)).isInstanceOf(ReportStateException.class);
        report.reopen("发现统计口径错误", 9L, NOW, PLAN);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.isEditable()).isTrue();
    }

    @Test
    void onlyAnApprovedReportIsReopened() {
        assertThatThrownBy(() -> report.reopen("理由", 9L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.notApproved");
        submitted();
        assertThatThrownBy(() -> report.reopen("理由", 9L, NOW, PLAN))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.notApproved");
    }

    @Test
    void eachStepRecordsItsEventWithWhatItsListenersNeed() {
        submitted();
        assertThat(report.recordedEvents())
                .containsExactly(new ReportSubmitted(null, PERIOD, PLAN.planId(), UNIT, PLAN.title(), false));
        report.returnToReporter("请核实", Map.of(), 9L, NOW, PLAN);
        assertThat(report.recordedEvents())
                .last()
                .isEqualTo(new ReportReturned(null, PERIOD, PLAN.planId(), UNIT, PLAN.title(), "请核实"));
        report.submit(7L, NOW, PLAN);
        report.approve(9L, NOW, PLAN);
        assertThat(report.recordedEvents())
                .last()
                .isEqualTo(new ReportApproved(null, PERIOD, PLAN.planId(), UNIT, PLAN.title()));
        report.reopen("口径错误", 9L, NOW, PLAN);
        assertThat(report.recordedEvents())
                .last()
                .isEqualTo(new ReportReopened(null, PERIOD, PLAN.planId(), UNIT, PLAN.title(), "口径错误"));
        assertThat(report.recordedEvents())
                .hasSize(5)
                .allSatisfy(event -> assertThat(event).isInstanceOf(ReportEvents.ReportChanged.class));
    }

    @Test
    void aRefusedStepRecordsNoEvent() {
        assertThatThrownBy(() -> report.approve(9L, NOW, PLAN)).isInstanceOf(ReportStateException.class);
        assertThat(report.recordedEvents()).isEmpty();
    }

    @Test
    void aValueIsEnteredOnlyWhileTheReportIsEditableAndItsChangeIsTold() {
        assertThat(report.enterValue(INDICATOR, new BigDecimal("20"), null, null, null))
                .contains(new Report.Change("", "20"));
        assertThat(report.enterValue(INDICATOR, new BigDecimal("20.00"), null, null, null))
                .as("the same number written otherwise is no change")
                .isEmpty();
        assertThat(report.enterValue(INDICATOR, new BigDecimal("36"), null, null, "按出院患者统计"))
                .contains(new Report.Change("20", "36"));
        assertThat(report.values()).containsOnlyKeys(INDICATOR);
        submitted();
        assertThatThrownBy(() -> report.enterValue(INDICATOR, BigDecimal.ONE, null, null, null))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.locked");
        assertThat(report.values().get(INDICATOR).numberValue()).isEqualByComparingTo("36");
    }

    @Test
    void returningGivesSingleValuesTheirReasonsAndApprovingClearsThem() {
        report.enterValue(INDICATOR, new BigDecimal("20"), null, null, null);
        report.enterValue(12L, new BigDecimal("3"), null, null, null);
        submitted().returnToReporter("请核实", Map.of(INDICATOR, " 应按出院患者计算 ", 12L, " "), 9L, NOW, PLAN);
        assertThat(report.values().get(INDICATOR).returnReason()).isEqualTo("应按出院患者计算");
        assertThat(report.values().get(12L).returnReason()).isNull();
        report.submit(7L, NOW, PLAN);
        report.approve(9L, NOW, PLAN);
        assertThat(report.values().get(INDICATOR).returnReason()).isNull();
        assertThat(report.returnReason()).isNull();
    }

    @Test
    void milestonesSubTargetsAndSpendingArePartsOfTheReport() {
        assertThat(report.enterProgress(3L, MilestoneProgress.DONE, 40, null))
                .contains(new Report.Change("", "DONE 100%"));
        assertThat(report.milestones().get(3L).percentDone()).isEqualTo(100);
        ReportSubTarget.Key key = new ReportSubTarget.Key(3L, 1);
        assertThat(report.enterSubTarget(key, new BigDecimal("2"), null)).contains(new Report.Change("", "2"));
        assertThat(report.enterSubTarget(key, new BigDecimal("2"), null)).isEmpty();
        assertThat(report.subTargets()).hasSize(1);
        assertThat(report.subTarget(key)).isPresent();
        assertThatThrownBy(() -> report.enterSpending(4L, new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(report.enterSpending(4L, new BigDecimal("120.5"), "设备")).contains(new Report.Change("", "120.5"));
        assertThat(report.spending()).containsOnlyKeys(4L);
    }

    @Test
    void theNarrativeTellsWhetherItChanged() {
        assertThat(report.describe("成效", null, null, NOW)).isTrue();
        assertThat(report.describe("成效", null, null, NOW)).isFalse();
        assertThat(report.achievements()).isEqualTo("成效");
    }

    @Test
    void onlySubmittedAndApprovedReportsCount() {
        assertThat(report.counts()).isFalse();
        submitted();
        assertThat(report.counts()).isTrue();
        report.approve(9L, NOW, PLAN);
        assertThat(report.counts()).isTrue();
        report.reopen("口径错误", 9L, NOW, PLAN);
        assertThat(report.counts()).isFalse();
    }
}
