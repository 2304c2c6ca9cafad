package com.hospitalplan.support;

import static com.hospitalplan.plan.IndicatorDefinitionBuilder.indicator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.MilestoneDefinition;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Object Mother of plans and reports: a published plan of a hospital with a goal, an indicator with yearly targets, a
 * milestone with a sub-target and a budget line (the hospital responsible for the goal and the indicator), and its
 * reports, made through the plan and report services.
 */
@Component
public class ScratchPlans {

    /** The ids of a scratch plan and its items, the owning hospital and a planner who may change the plan. */
    public record Ids(
            Long planId,
            Long goalId,
            Long indicatorId,
            Long milestoneId,
            Long budgetLineId,
            Long hospitalId,
            String plannerUsername) {}

    /** The first and last year of the plans made here (a period outside them is refused). */
    public static final int FIRST_YEAR = 2021;

    public static final int LAST_YEAR = 2025;

    /** The year the tests' yearly periods report on: last year, but never past the plans' last year. */
    public static int reportedYear() {
        return Math.min(LocalDate.now().getYear() - 1, LAST_YEAR);
    }

    /** A scratch plan with an open yearly period and the hospital's submitted report in it. */
    public record Reported(Ids plan, Long periodId, Long reportId, Long evidenceId, String reporterUsername) {}

    private final PlanService plans;
    private final ReportingPeriods periods;
    private final ReportDrafting drafting;
    private final ObjectProvider<ReportDecisions> decisions; // not in the test slices that use no decisions
    private final ReportEvidenceService evidence;
    private final ReportPages pages;
    private final TestAccounts accounts;
    private final TestOrganizations organizations;
    private final PlanContentService content;

    ScratchPlans(
            PlanService plans,
            PlanContentService content,
            ReportingPeriods periods,
            ReportDrafting drafting,
            ObjectProvider<ReportDecisions> decisions,
            ReportEvidenceService evidence,
            ReportPages pages,
            TestAccounts accounts,
            TestOrganizations organizations) {
        this.plans = plans;
        this.periods = periods;
        this.drafting = drafting;
        this.decisions = decisions;
        this.evidence = evidence;
        this.pages = pages;
        this.accounts = accounts;
        this.organizations = organizations;
        this.content = content;
    }

    /** A published plan of a new hospital (in a new region tree), written by a new planner of that hospital. */
    public Ids publishedPlan() {
        TestOrganizations.Tree tree = organizations.tree();
        SignedInUser planner = accounts.signedIn(Role.PLANNER, tree.hospitalId());
        return publishedPlanOf(tree.hospitalId(), tree.hospitalName(), planner, planner.getUsername());
    }

    /** {@link #submittedReport(Ids)} of a new {@link #publishedPlan()}. */
    public Reported submittedReport() {
        return submittedReport(publishedPlan());
    }

    /** {@link #draftReport(Ids)} with one piece of evidence, submitted. */
    public Reported submittedReport(Ids plan) {
        Reported draft = draftReport(plan);
        SignedInUser reporter = accounts.as(draft.reporterUsername());
        Long reportId = draft.reportId();
        evidence.addEvidence(reportId, "会议纪要.pdf", "%PDF-1.4 test".getBytes(), reporter);
        Long evidenceId =
                pages.page(reportId, reporter, Locale.CHINA).evidence().get(0).id();
        drafting.submit(reportId, pages.page(reportId, reporter, Locale.CHINA).version(), reporter);
        return new Reported(draft.plan(), draft.periodId(), reportId, evidenceId, draft.reporterUsername());
    }

    /**
     * A new reporter's report of the plan's hospital in a newly opened yearly period, saved as a draft with one value
     * of each kind.
     */
    public Reported draftReport(Ids plan) {
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, plan.hospitalId());
        Long periodId = openYear(plan, reportedYear());
        return new Reported(plan, periodId, draftIn(plan, periodId, reporter), null, reporter.getUsername());
    }

    /** Opens the plan's period of the {@code year} as its planner, for reports from five days ago to ten days on. */
    public Long openYear(Ids plan, int year) {
        SignedInUser planner = accounts.as(plan.plannerUsername());
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(PeriodKind.YEAR, year, 1, today.minusDays(5), today.plusDays(10), 0),
                planner);
        return periods.periods(plan.planId(), planner).stream()
                .filter(p -> p.year() == year)
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The reporter's report in the period, saved as a draft with one value of each kind; its id. */
    public Long draftIn(Ids plan, Long periodId, SignedInUser reporter) {
        Long reportId = drafting.startReport(periodId, reporter);
        drafting.save(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(
                        Map.of(plan.indicatorId(), new ReportInput.Value(new BigDecimal("36"), null, null, null)),
                        Map.of(
                                plan.milestoneId(),
                                new ReportInput.Progress(MilestoneProgress.DONE, 100, null, Map.of())),
                        Map.of(plan.budgetLineId(), new ReportInput.Spending(new BigDecimal("100"), null)),
                        "成效",
                        null,
                        null),
                reporter);
        return reportId;
    }

    /** {@link #draftIn} submitted by the reporter and approved by the reviewer; its id. */
    public Long approvedIn(Ids plan, Long periodId, SignedInUser reporter, SignedInUser reviewer) {
        Long reportId = draftIn(plan, periodId, reporter);
        drafting.submit(reportId, reportVersion(reportId, reporter), reporter);
        decisions.getObject().approve(reportId, reportVersion(reportId, reviewer), reviewer);
        return reportId;
    }

    /** The report's version as the reader's page shows it (what a save or decision sends back). */
    public long reportVersion(Long reportId, SignedInUser reader) {
        return pages.page(reportId, reader, Locale.CHINA).version();
    }

    /**
     * The report page's post that submits the reporter's report of the plan at its current version with what makes it
     * complete: the indicator's {@code value} and the milestone done (add the section's own fields).
     */
    public MockHttpServletRequestBuilder completeSubmit(Long reportId, SignedInUser reporter, Ids plan, String value) {
        return post("/reports/{id}", reportId)
                .with(user(reporter))
                .with(csrf())
                .param("action", "submit")
                .param("version", String.valueOf(reportVersion(reportId, reporter)))
                .param("values[" + plan.indicatorId() + "]", value)
                .param("milestoneStatus[" + plan.milestoneId() + "]", "DONE")
                .param("milestonePercent[" + plan.milestoneId() + "]", "100");
    }

    /**
     * A published plan owned by and covering the hospital {@code hospital}, written by {@code author}; {@code
     * plannerUsername} is the planner who opens its periods.
     */
    public Ids publishedPlanOf(long hospital, String issuer, SignedInUser author, String plannerUsername) {
        Long planId = plans.create(
                new PlanCommands.SavePlan(
                        "测试规划 " + System.nanoTime(),
                        issuer,
                        FIRST_YEAR,
                        LAST_YEAR,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        hospital,
                        List.of(hospital),
                        List.of()),
                author);
        Long goalId = content.addGoal(
                planId, new PlanCommands.SaveGoal(null, "一、", "学科建设", null, hospital, List.of()), author);
        Long indicatorId = content.addIndicator(
                planId,
                new PlanCommands.SaveIndicator(
                        goalId,
                        indicator("1", "出院患者手术占比")
                                .category("学科建设")
                                .unit("%")
                                .kind(ValueKind.PERCENTAGE)
                                .baseline(new BigDecimal("30"), 2020)
                                .build(),
                        null,
                        "≥35%",
                        null,
                        List.of(new YearlyTarget(2023, "≥32%")),
                        hospital,
                        List.of(),
                        null,
                        null),
                author);
        Long milestoneId = content.addMilestone(
                planId,
                new PlanCommands.SaveMilestone(
                        goalId,
                        new MilestoneDefinition("引进人才", null, 2022, null, new BigDecimal("400")),
                        List.of(new SubTarget("引进博士", "1-2人"))),
                author);
        Long budgetLineId = content.addBudgetLine(
                planId,
                new PlanCommands.SaveBudgetLine(
                        goalId, "医院自筹", "人才建设", 2022, BudgetAmount.of(new BigDecimal("500")), null),
                author);
        plans.publish(planId, author);
        return new Ids(planId, goalId, indicatorId, milestoneId, budgetLineId, hospital, plannerUsername);
    }
}
