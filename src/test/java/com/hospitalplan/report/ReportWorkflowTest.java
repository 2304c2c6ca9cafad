package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.review.ReviewItem;
import com.hospitalplan.review.ReviewQueue;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The reporting workflow through the service, on the real database: draft, submit, return, resubmit, approve. */
@IntegrationTest
class ReportWorkflowTest {

    @Autowired
    ReportService reports;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportEvidenceService evidence;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReviewQueue reviewQueue;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserDetailsService users;

    private ScratchPlans.Ids plan;
    private SignedInUser reporter;
    private Long periodId;

    private SignedInUser as(String username) {
        return (SignedInUser) users.loadUserByUsername(username);
    }

    @BeforeEach
    void openAPeriodOfAFreshPlan() {
        plan = scratchPlans.publishedPlanOfBaotouHospital();
        reporter = as(accounts.accountOf("REPORTER", plan.hospitalId()));
        LocalDate today = LocalDate.now();
        assertThat(reports.openPeriod(
                        plan.planId(),
                        PeriodKind.YEAR,
                        today.getYear() - 1,
                        1,
                        today.minusDays(5),
                        today.plusDays(10),
                        3,
                        as("planner3")))
                .isEmpty();
        periodId = reports.periods(plan.planId(), as("planner3")).get(0).id();
    }

    private ReportInput input(String value, String explanation, MilestoneProgress progress) {
        return new ReportInput(
                Map.of(
                        plan.indicatorId(),
                        new ReportInput.Value(value == null ? null : new BigDecimal(value), null, null, explanation)),
                progress == null
                        ? Map.of()
                        : Map.of(plan.milestoneId(), new ReportInput.Progress(progress, 60, null, Map.of())),
                Map.of(plan.budgetLineId(), new ReportInput.Spending(new BigDecimal("120.5"), null)),
                "完成年度人才引进",
                null,
                null);
    }

    private void saveAndSubmit(Long reportId, ReportInput input) {
        reports.save(reportId, reports.page(reportId, reporter, Locale.CHINA).version(), input, reporter);
        reports.submit(reportId, reports.page(reportId, reporter, Locale.CHINA).version(), reporter);
    }

    @Test
    void theWholeFlowFromDraftToApproval() {
        assertThat(pages.assignments(reporter)).anySatisfy(a -> {
            assertThat(a.period().id()).isEqualTo(periodId);
            assertThat(a.status()).isNull();
        });
        Long reportId = reports.startReport(periodId, reporter);
        assertThat(reports.startReport(periodId, reporter))
                .as("starting twice makes one report")
                .isEqualTo(reportId);

        reports.save(
                reportId, reports.page(reportId, reporter, Locale.CHINA).version(), input("20", null, null), reporter);
        long version = reports.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> reports.submit(reportId, version, reporter))
                .isInstanceOfSatisfying(
                        SubmissionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(SubmissionRefusedException.Problem::messageKey)
                                .containsExactlyInAnyOrder("report.check.offTrack", "report.check.milestoneMissing"));

        ReportViews.ReportPage draft = reports.page(reportId, reporter, Locale.CHINA);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.values().get(0).numberValue()).isEqualByComparingTo("20");
        assertThat(draft.values().get(0).evaluation()).contains("落后于进度");

        saveAndSubmit(reportId, input("20", "设备未到位，下半年补足", MilestoneProgress.IN_PROGRESS));
        assertThat(reports.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.page(reportId, reporter, Locale.CHINA).editable()).isFalse();

        SignedInUser reviewer = as("reviewer");
        assertThat(reviewQueue.of(reviewer)).extracting(ReviewItem::reportId).contains(reportId);
        assertThat(reviewQueue.of(as("reviewer2")))
                .extracting(ReviewItem::reportId)
                .doesNotContain(reportId);

        long submitted = reports.page(reportId, reviewer, Locale.CHINA).version();
        decisions.returnReport(reportId, submitted, "请核实手术占比口径", Map.of(plan.indicatorId(), "应按出院患者计算"), reviewer);
        ReportViews.ReportPage returned = reports.page(reportId, reporter, Locale.CHINA);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请核实手术占比口径");
        assertThat(returned.values().get(0).returnReason()).isEqualTo("应按出院患者计算");

        saveAndSubmit(reportId, input("36", "按出院患者重新统计", MilestoneProgress.DONE));
        ReportViews.ReportPage toReview = reports.page(reportId, reviewer, Locale.CHINA);
        assertThat(toReview.changesSinceReturn())
                .extracting(
                        ReportViews.HistoryRow::action,
                        ReportViews.HistoryRow::oldValue,
                        ReportViews.HistoryRow::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("VALUE", "20", "36"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("VALUE", "", "20"));
        long resubmitted = toReview.version();
        reports.approve(reportId, resubmitted, reviewer);

        ReportViews.ReportPage approved = reports.page(reportId, reporter, Locale.CHINA);
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(approved.values().get(0).evaluation()).contains("已达到目标");
        assertThat(approved.history())
                .extracting(ReportViews.HistoryRow::action)
                .containsSubsequence("CREATED", "VALUE", "SUBMITTED", "RETURNED", "VALUE", "SUBMITTED", "APPROVED");
        assertThat(approved.history())
                .filteredOn(h -> h.action().equals("VALUE"))
                .extracting(ReportViews.HistoryRow::oldValue, ReportViews.HistoryRow::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("", "20"), org.assertj.core.groups.Tuple.tuple("20", "36"));
        assertThatThrownBy(() -> reports.save(reportId, approved.version(), input("40", null, null), reporter))
                .isInstanceOf(ReportStateException.class);
    }

    @Test
    void aLockedPeriodTakesReportsOnlyFromAnInstitutionAReviewerReopenedItFor() {
        Long reportId = reports.startReport(periodId, reporter);
        periods.closePeriod(periodId, as("planner3"));
        long version = reports.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> reports.save(reportId, version, input("36", null, null), reporter))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.periodLocked");
        assertThat(reports.page(reportId, reporter, Locale.CHINA).editable()).isFalse();
        assertThat(reports.page(reportId, as("reviewer"), Locale.CHINA).periodReopenable())
                .isTrue();

        Long hospital = plan.hospitalId();
        assertThatThrownBy(() ->
                        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), "补报", as("reviewer2")))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() ->
                        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), " ", as("reviewer")))
                .isInstanceOf(ReportStateException.class);
        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), "系统故障导致未能按时填报", as("reviewer"));

        reports.save(reportId, version, input("36", null, null), reporter);
        assertThat(reports.page(reportId, reporter, Locale.CHINA)
                        .values()
                        .get(0)
                        .numberValue())
                .isEqualByComparingTo("36");
    }

    @Test
    void evidenceIsCheckedByNameAndContentAndOnlyMarkedRemoved() {
        Long reportId = reports.startReport(periodId, reporter);
        assertThat(reports.addEvidence(reportId, "照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}, reporter))
                .isEmpty();
        assertThat(reports.addEvidence(reportId, "tool.exe", new byte[] {'M', 'Z', 0, 0}, reporter))
                .contains("evidence.error.type");
        assertThat(reports.addEvidence(reportId, "renamed.pdf", new byte[] {'M', 'Z', 0, 0}, reporter))
                .contains("evidence.error.type");
        assertThat(reports.addEvidence(reportId, "huge.pdf", new byte[(int) EvidenceType.MAX_BYTES + 1], reporter))
                .contains("evidence.error.tooLarge");
        assertThat(reports.addEvidence(reportId, "empty.pdf", new byte[0], reporter))
                .contains("evidence.error.empty");

        ReportViews.EvidenceRow photo =
                reports.page(reportId, reporter, Locale.CHINA).evidence().get(0);
        assertThat(photo.filename()).isEqualTo("照片.png");
        ReportViews.EvidenceFile file = evidence.evidenceFile(reportId, photo.id(), as("reviewer"));
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.content()).hasSize(6);
        assertThatThrownBy(() -> evidence.evidenceFile(reportId, photo.id(), as("reporter2")))
                .isInstanceOf(ReportNotFoundException.class);

        evidence.removeEvidence(reportId, photo.id(), reporter);
        assertThat(reports.page(reportId, reporter, Locale.CHINA).evidence()).isEmpty();
        assertThat(reports.page(reportId, reporter, Locale.CHINA).history())
                .extracting(ReportViews.HistoryRow::action)
                .contains("EVIDENCE_ADDED", "EVIDENCE_REMOVED");
    }

    @Test
    void submittingTwiceSubmitsOnce() {
        Long reportId = reports.startReport(periodId, reporter);
        reports.save(
                reportId,
                reports.page(reportId, reporter, Locale.CHINA).version(),
                input("36", null, MilestoneProgress.DONE),
                reporter);
        long version = reports.page(reportId, reporter, Locale.CHINA).version();
        reports.submit(reportId, version, reporter);
        assertThatThrownBy(() -> reports.submit(reportId, version, reporter))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long current = reports.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> reports.submit(reportId, current, reporter)).isInstanceOf(ReportStateException.class);
        assertThat(reports.page(reportId, reporter, Locale.CHINA).history())
                .filteredOn(h -> h.action().equals("SUBMITTED"))
                .hasSize(1);
    }

    @Test
    void plannersAndReviewersSeeEveryUnitsReportOfAPeriod() {
        assertThat(periods.unitReports(periodId, as("planner3")))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.organizationName()).isEqualTo("包头医学院第一附属医院");
                    assertThat(u.status()).isNull();
                    assertThat(u.reportId()).isNull();
                });
        Long reportId = reports.startReport(periodId, reporter);
        assertThat(periods.unitReports(periodId, as("reviewer")))
                .extracting(ReportViews.UnitReport::reportId, ReportViews.UnitReport::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reportId, ReportStatus.DRAFT));
        assertThatThrownBy(() -> periods.unitReports(periodId, reporter))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> periods.unitReports(periodId, as("planner")))
                .isInstanceOf(ReportNotFoundException.class);
    }

    @Test
    void twoReviewersDecidingAtOnceHaveOneWinner() {
        Long reportId = reports.startReport(periodId, reporter);
        saveAndSubmit(reportId, input("36", null, MilestoneProgress.DONE));
        long version = reports.page(reportId, as("reviewer"), Locale.CHINA).version();
        SignedInUser second = as(accounts.accountOf("REVIEWER", accounts.organizationIdOf("包头市卫生健康委员会")));

        reports.approve(reportId, version, as("reviewer"));
        assertThatThrownBy(() -> decisions.returnReport(reportId, version, "不同意", Map.of(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(reports.page(reportId, second, Locale.CHINA).status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void nobodyOutsideTheUnitsRegionSeesOrDecidesItsReport() {
        Long reportId = reports.startReport(periodId, reporter);
        assertThatThrownBy(() -> reports.page(reportId, as("reporter2"), Locale.CHINA))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> reports.page(reportId, as("reviewer2"), Locale.CHINA))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> reports.save(reportId, 0, input("1", null, null), as("reporter2")))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(pages.assignments(as("reporter2")))
                .extracting(ReportViews.Assignment::planId)
                .doesNotContain(plan.planId());
    }

    @Test
    void aPeriodIsOpenedOnceAndOnlyByThePlansPlannersAndReviewers() {
        LocalDate today = LocalDate.now();
        assertThat(reports.openPeriod(
                        plan.planId(),
                        PeriodKind.YEAR,
                        today.getYear() - 1,
                        1,
                        today,
                        today.plusDays(5),
                        0,
                        as("planner3")))
                .contains("period.error.exists");
        assertThatThrownBy(() -> reports.openPeriod(
                        plan.planId(), PeriodKind.QUARTER, today.getYear(), 1, today, today.plusDays(5), 0, reporter))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(reports.openPeriod(
                        plan.planId(),
                        PeriodKind.QUARTER,
                        today.getYear(),
                        1,
                        today,
                        today.plusDays(5),
                        0,
                        as("reviewer")))
                .isEmpty();
        assertThat(reports.periods(plan.planId(), reporter)).hasSize(2);
        List<ReportViews.PeriodView> ofPlan = reports.periods(plan.planId(), reporter);
        periods.closePeriod(ofPlan.get(0).id(), as("planner3"));
        assertThat(reports.periods(plan.planId(), reporter).get(0).acceptingReports())
                .isFalse();
    }
}
