package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the dashboards read of a report ({@link ReportFigures#counted}) follows every decision, in the decision's
 * transaction: a submitted value counts as pending, an approved one as approved, a returned or reopened one not at
 * all.
 */
@IntegrationTest
class CountedValuesTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    ReportFigures figures;

    private ScratchPlans.Reported report;
    private SignedInUser reviewer;

    @BeforeEach
    void submitAReport() {
        report = scratchPlans.submittedReport();
        reviewer = accounts.reviewerOver(report.plan().hospitalId());
    }

    @Test
    void aSubmittedValueCountsAsPendingAndOnceApprovedAsApproved() {
        assertThat(counted().values()).singleElement().satisfies(value -> {
            assertThat(value.indicatorId()).isEqualTo(report.plan().indicatorId());
            assertThat(value.number()).isEqualByComparingTo("36");
            assertThat(value.approved()).isFalse();
            assertThat(value.reportId()).isEqualTo(report.reportId());
        });
        assertThat(counted().milestones())
                .singleElement()
                .satisfies(m -> assertThat(m.approved()).isFalse());

        decisions.approve(report.reportId(), version(), reviewer);

        assertThat(counted().values())
                .singleElement()
                .satisfies(value -> assertThat(value.approved()).isTrue());
        assertThat(counted().milestones())
                .singleElement()
                .satisfies(m -> assertThat(m.approved()).isTrue());
    }

    @Test
    void aReturnedReportCountsNoLonger() {
        decisions.returnReport(report.reportId(), version(), "数据有误", Map.of(), reviewer);

        assertThat(counted().values()).isEmpty();
        assertThat(counted().milestones()).isEmpty();
    }

    @Test
    void aReopenedReportCountsNoLonger() {
        decisions.approve(report.reportId(), version(), reviewer);
        decisions.reopen(report.reportId(), version(), "需补充材料", reviewer);

        assertThat(counted().values()).isEmpty();
    }

    private ReportFigures.Counted counted() {
        return figures.counted(report.plan().planId(), report.plan().hospitalId());
    }

    private long version() {
        return pages.page(report.reportId(), reviewer, Locale.CHINA).version();
    }
}
