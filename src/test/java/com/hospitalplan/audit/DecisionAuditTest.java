package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.hospitalplan.audit.AuditSubject.Type;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStatus;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.support.TestOrganizations;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plan publication and ending and every report decision are recorded with who decided and from which address, in the
 * decision's own transaction: a decision that rolls back leaves no record.
 */
@IntegrationTest
class DecisionAuditTest {

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlanService plans;

    @Autowired
    ReportDrafting drafting;

    @Autowired
    ReportDecisions decisions;

    @Autowired
    ReportPages pages;

    @Autowired
    AuditRows audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganizations organizations;

    private SignedInUser admin;

    @Test
    void aPlanPublishedAndEndedIsRecordedWithThePlannerAndTheAddress() {
        TestOrganizations.Tree tree = organizations.tree();
        SignedInUser planner = accounts.signedIn(Role.PLANNER, tree.hospitalId());
        ScratchPlans.Ids plan = ActingAs.call(
                planner,
                "172.16.0.1",
                () -> scratchPlans.publishedPlanOf(
                        tree.hospitalId(), tree.hospitalName(), planner, planner.getUsername()));
        ActingAs.run(planner, "172.16.0.2", () -> plans.close(plan.planId(), planner));

        String planId = String.valueOf(plan.planId());
        assertThat(audit.about(AuditKind.PLAN_PUBLISHED, Type.PLAN, planId))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row)
                            .containsEntry("actor_name", planner.getUsername())
                            .containsEntry("client_address", "172.16.0.1");
                    assertThat(row.get("subject_name")).asString().startsWith("测试规划");
                });
        assertThat(audit.about(AuditKind.PLAN_CLOSED, Type.PLAN, planId))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("actor_name", planner.getUsername())
                        .containsEntry("actor_id", planner.id())
                        .containsEntry("client_address", "172.16.0.2"));
    }

    @Test
    void everyReportDecisionIsRecordedWithTheDeciderAndTheAddress() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        Long reportId = draft.reportId();
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        SignedInUser reviewer = accounts.reviewerOver(draft.plan().hospitalId());

        ActingAs.run(reporter, "10.1.0.1", () -> drafting.submit(reportId, version(reportId), reporter));
        ActingAs.run(reviewer, "10.1.0.2", () -> decisions.approve(reportId, version(reportId), reviewer));
        ActingAs.run(reviewer, "10.1.0.3", () -> decisions.reopen(reportId, version(reportId), "口径有误", reviewer));
        ActingAs.run(reporter, "10.1.0.4", () -> drafting.submit(reportId, version(reportId), reporter));
        ActingAs.run(
                reviewer,
                "10.1.0.5",
                () -> decisions.returnReport(reportId, version(reportId), "请补充佐证", Map.of(), reviewer));

        String subject = String.valueOf(reportId);
        assertThat(audit.about(AuditKind.REPORT_SUBMITTED, Type.REPORT, subject))
                .extracting(row -> row.get("actor_name"), row -> row.get("client_address"))
                .containsExactly(tuple(reporter.getUsername(), "10.1.0.1"), tuple(reporter.getUsername(), "10.1.0.4"));
        audit.assertRecorded(
                AuditKind.REPORT_APPROVED,
                Type.REPORT,
                subject,
                reviewer,
                "10.1.0.2",
                "plan " + draft.plan().planId());
        audit.assertRecorded(AuditKind.REPORT_REOPENED, Type.REPORT, subject, reviewer, "10.1.0.3", "口径有误");
        audit.assertRecorded(AuditKind.REPORT_RETURNED, Type.REPORT, subject, reviewer, "10.1.0.5", "请补充佐证");
    }

    @Test
    void aDecisionThatRollsBackLeavesNoRecord() {
        ScratchPlans.Reported submitted = scratchPlans.submittedReport();
        Long reportId = submitted.reportId();
        SignedInUser reviewer = accounts.reviewerOver(submitted.plan().hospitalId());

        ActingAs.run(
                reviewer,
                "10.2.0.1",
                () -> transactions.executeWithoutResult(status -> {
                    decisions.approve(reportId, version(reportId), reviewer);
                    status.setRollbackOnly();
                }));

        assertThat(pages.page(reportId, reviewer, Locale.CHINA).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(audit.about(AuditKind.REPORT_APPROVED, Type.REPORT, String.valueOf(reportId)))
                .isEmpty();
        assertThat(audit.about(AuditKind.REPORT_SUBMITTED, Type.REPORT, String.valueOf(reportId)))
                .hasSize(1);
    }

    private long version(Long reportId) {
        if (admin == null) {
            admin = accounts.signedIn(Role.ADMIN);
        }
        return pages.page(reportId, admin, Locale.CHINA).version();
    }
}
