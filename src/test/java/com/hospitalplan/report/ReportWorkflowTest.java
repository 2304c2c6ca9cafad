package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.review.ReviewItem;
import com.hospitalplan.review.ReviewQueue;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The reporting workflow through the service, on the real database: draft, submit, return, resubmit, approve. */
@IntegrationTest
class ReportWorkflowTest {

    @Autowired
    ReportDrafting drafting;

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
    TestOrganizations organizations;

    @Autowired
    OrganizationService organizationDirectory;

    private ScratchPlans.Ids plan;
    private SignedInUser reporter;
    private SignedInUser planner;
    private long bureau;
    private SignedInUser reviewer;
    private Long periodId;

    @BeforeEach
    void openAPeriodOfAFreshPlan() {
        plan = scratchPlans.publishedPlan();
        reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        planner = accounts.as(plan.plannerUsername());
        bureau = organizations.bureauOver(plan.hospitalId());
        reviewer = accounts.signedIn(Role.REVIEWER, bureau);
        LocalDate today = LocalDate.now();
        assertThat(periods.openPeriod(
                        plan.planId(),
                        new NewPeriod(
                                PeriodKind.YEAR,
                                ScratchPlans.reportedYear(),
                                1,
                                today.minusDays(5),
                                today.plusDays(10),
                                3),
                        planner))
                .isEmpty();
        periodId = periods.periods(plan.planId(), planner).get(0).id();
    }

    /**
     * A new account with {@code role} in a new region tree apart from the plan's: a reviewer of its bureau, or a
     * reporter or planner of its hospital.
     */
    private SignedInUser elsewhere(Role role) {
        TestOrganizations.Tree tree = organizations.tree();
        return accounts.signedIn(role, role == Role.REVIEWER ? tree.bureauId() : tree.hospitalId());
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
        drafting.save(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), input, reporter);
        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
    }

    @Test
    void theWholeFlowFromDraftToApproval() {
        assertThat(pages.assignments(reporter)).anySatisfy(a -> {
            assertThat(a.period().id()).isEqualTo(periodId);
            assertThat(a.status()).isNull();
        });
        Long reportId = drafting.startReport(periodId, reporter);
        assertThat(drafting.startReport(periodId, reporter))
                .as("starting twice makes one report")
                .isEqualTo(reportId);

        drafting.save(
                reportId, pages.page(reportId, reporter, Locale.CHINA).version(), input("20", null, null), reporter);
        long version = pages.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> drafting.submit(reportId, version, reporter))
                .isInstanceOfSatisfying(
                        SubmissionRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(SubmissionRefusedException.Problem::messageKey)
                                .containsExactlyInAnyOrder("report.check.offTrack", "report.check.milestoneMissing"));

        ReportViews.ReportPage draft = pages.page(reportId, reporter, Locale.CHINA);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.values().get(0).numberValue()).isEqualByComparingTo("20");
        assertThat(draft.values().get(0).evaluation()).contains("落后于进度");

        saveAndSubmit(reportId, input("20", "设备未到位，下半年补足", MilestoneProgress.IN_PROGRESS));
        assertThat(pages.page(reportId, reporter, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(pages.page(reportId, reporter, Locale.CHINA).editable()).isFalse();

        assertThat(reviewQueue.of(reviewer)).extracting(ReviewItem::reportId).contains(reportId);
        assertThat(reviewQueue.of(elsewhere(Role.REVIEWER)))
                .extracting(ReviewItem::reportId)
                .doesNotContain(reportId);

        long submitted = pages.page(reportId, reviewer, Locale.CHINA).version();
        decisions.returnReport(reportId, submitted, "请核实手术占比口径", Map.of(plan.indicatorId(), "应按出院患者计算"), reviewer);
        ReportViews.ReportPage returned = pages.page(reportId, reporter, Locale.CHINA);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请核实手术占比口径");
        assertThat(returned.values().get(0).returnReason()).isEqualTo("应按出院患者计算");

        saveAndSubmit(reportId, input("36", "按出院患者重新统计", MilestoneProgress.DONE));
        ReportViews.ReportPage toReview = pages.page(reportId, reviewer, Locale.CHINA);
        assertThat(toReview.changesSinceReturn())
                .extracting(
                        ReportViews.HistoryRow::action,
                        ReportViews.HistoryRow::oldValue,
                        ReportViews.HistoryRow::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple("VALUE", "20", "36"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("VALUE", "", "20"));
        long resubmitted = toReview.version();
        decisions.approve(reportId, resubmitted, reviewer);

        ReportViews.ReportPage approved = pages.page(reportId, reporter, Locale.CHINA);
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
        assertThatThrownBy(() -> drafting.save(reportId, approved.version(), input("40", null, null), reporter))
                .isInstanceOf(ReportStateException.class);
    }

    @Test
    void aLockedPeriodTakesReportsOnlyFromAnInstitutionAReviewerReopenedItFor() {
        Long reportId = drafting.startReport(periodId, reporter);
        periods.closePeriod(periodId, planner);
        long version = pages.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> drafting.save(reportId, version, input("36", null, null), reporter))
                .isInstanceOf(ReportStateException.class)
                .hasMessage("report.error.periodLocked");
        assertThat(pages.page(reportId, reporter, Locale.CHINA).editable()).isFalse();
        assertThat(pages.page(reportId, reviewer, Locale.CHINA).periodReopenable())
                .isTrue();

        Long hospital = plan.hospitalId();
        SignedInUser otherReviewer = elsewhere(Role.REVIEWER);
        assertThatThrownBy(() ->
                        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), "补报", otherReviewer))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() ->
                        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), " ", reviewer))
                .isInstanceOf(ReportStateException.class);
        periods.reopenFor(periodId, hospital, LocalDate.now().plusDays(3), "系统故障导致未能按时填报", reviewer);

        drafting.save(reportId, version, input("36", null, null), reporter);
        assertThat(pages.page(reportId, reporter, Locale.CHINA).values().get(0).numberValue())
                .isEqualByComparingTo("36");
    }

    @Test
    void evidenceIsCheckedByNameAndContentAndOnlyMarkedRemoved() {
        Long reportId = drafting.startReport(periodId, reporter);
        assertThat(evidence.addEvidence(reportId, "照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}, reporter))
                .isEmpty();
        assertThat(evidence.addEvidence(reportId, "tool.exe", new byte[] {'M', 'Z', 0, 0}, reporter))
                .contains("evidence.error.type");
        assertThat(evidence.addEvidence(reportId, "renamed.pdf", new byte[] {'M', 'Z', 0, 0}, reporter))
                .contains("evidence.error.type");
        assertThat(evidence.addEvidence(reportId, "huge.pdf", new byte[(int) EvidenceType.MAX_BYTES + 1], reporter))
                .contains("evidence.error.tooLarge");
        assertThat(evidence.addEvidence(reportId, "empty.pdf", new byte[0], reporter))
                .contains("evidence.error.empty");

        ReportViews.EvidenceRow photo =
                pages.page(reportId, reporter, Locale.CHINA).evidence().get(0);
        assertThat(photo.filename()).isEqualTo("照片.png");
        ReportViews.EvidenceFile file = evidence.evidenceFile(reportId, photo.id(), reviewer);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.content()).hasSize(6);
        SignedInUser otherReporter = elsewhere(Role.REPORTER);
        assertThatThrownBy(() -> evidence.evidenceFile(reportId, photo.id(), otherReporter))
                .isInstanceOf(ReportNotFoundException.class);

        evidence.removeEvidence(reportId, photo.id(), reporter);
        assertThat(pages.page(reportId, reporter, Locale.CHINA).evidence()).isEmpty();
        assertThat(pages.page(reportId, reporter, Locale.CHINA).history())
                .extracting(ReportViews.HistoryRow::action)
                .contains("EVIDENCE_ADDED", "EVIDENCE_REMOVED");
    }

    @Test
    void submittingTwiceSubmitsOnce() {
        Long reportId = drafting.startReport(periodId, reporter);
        drafting.save(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                input("36", null, MilestoneProgress.DONE),
                reporter);
        long version = pages.page(reportId, reporter, Locale.CHINA).version();
        drafting.submit(reportId, version, reporter);
        assertThatThrownBy(() -> drafting.submit(reportId, version, reporter))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long current = pages.page(reportId, reporter, Locale.CHINA).version();
        assertThatThrownBy(() -> drafting.submit(reportId, current, reporter)).isInstanceOf(ReportStateException.class);
        assertThat(pages.page(reportId, reporter, Locale.CHINA).history())
                .filteredOn(h -> h.action().equals("SUBMITTED"))
                .hasSize(1);
    }

    @Test
    void plannersAndReviewersSeeEveryUnitsReportOfAPeriod() {
        assertThat(periods.unitReports(periodId, planner)).singleElement().satisfies(u -> {
            assertThat(u.organizationName())
                    .isEqualTo(organizationDirectory
                            .find(plan.hospitalId())
                            .orElseThrow()
                            .name());
            assertThat(u.status()).isNull();
            assertThat(u.reportId()).isNull();
        });
        Long reportId = drafting.startReport(periodId, reporter);
        assertThat(periods.unitReports(periodId, reviewer))
                .extracting(ReportViews.UnitReport::reportId, ReportViews.UnitReport::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reportId, ReportStatus.DRAFT));
        assertThatThrownBy(() -> periods.unitReports(periodId, reporter))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> periods.unitReports(periodId, elsewhere(Role.PLANNER)))
                .isInstanceOf(ReportNotFoundException.class);
    }

    @Test
    void twoReviewersDecidingAtOnceHaveOneWinner() {
        Long reportId = drafting.startReport(periodId, reporter);
        saveAndSubmit(reportId, input("36", null, MilestoneProgress.DONE));
        long version = pages.page(reportId, reviewer, Locale.CHINA).version();
        SignedInUser second = accounts.signedIn(Role.REVIEWER, bureau);

        decisions.approve(reportId, version, reviewer);
        assertThatThrownBy(() -> decisions.returnReport(reportId, version, "不同意", Map.of(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pages.page(reportId, second, Locale.CHINA).status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void nobodyOutsideTheUnitsRegionSeesOrDecidesItsReport() {
        Long reportId = drafting.startReport(periodId, reporter);
        SignedInUser otherReporter = elsewhere(Role.REPORTER);
        assertThatThrownBy(() -> pages.page(reportId, otherReporter, Locale.CHINA))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> pages.page(reportId, elsewhere(Role.REVIEWER), Locale.CHINA))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> drafting.save(reportId, 0, input("1", null, null), otherReporter))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(pages.assignments(otherReporter))
                .extracting(ReportViews.Assignment::planId)
                .doesNotContain(plan.planId());
    }

    @Test
    void aPeriodIsOpenedOnceAndOnlyByThePlansPlannersAndReviewers() {
        LocalDate today = LocalDate.now();
        assertThat(periods.openPeriod(
                        plan.planId(),
                        new NewPeriod(PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today, today.plusDays(5), 0),
                        planner))
                .contains("period.error.exists");
        assertThatThrownBy(() -> periods.openPeriod(
                        plan.planId(),
                        new NewPeriod(PeriodKind.QUARTER, ScratchPlans.reportedYear(), 1, today, today.plusDays(5), 0),
                        reporter))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(periods.openPeriod(
                        plan.planId(),
                        new NewPeriod(PeriodKind.QUARTER, ScratchPlans.reportedYear(), 1, today, today.plusDays(5), 0),
                        reviewer))
                .isEmpty();
        assertThat(periods.periods(plan.planId(), reporter)).hasSize(2);
        Long quarter = periods.periods(plan.planId(), reporter).stream()
                .filter(p -> p.kind() == PeriodKind.QUARTER)
                .findFirst()
                .orElseThrow()
                .id();
        periods.closePeriod(quarter, planner);
        assertThat(periods.periods(plan.planId(), reporter))
                .filteredOn(p -> p.id().equals(quarter))
                .singleElement()
                .satisfies(p -> assertThat(p.acceptingReports()).isFalse());
    }
}
