package com.hospitalplan.support;

import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.SubTarget;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.plan.YearlyTarget;
import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportService;
import com.hospitalplan.targets.Direction;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Makes a fresh published plan of 包头医学院第一附属医院 with one item of each kind, for tests that change plans. */
@Component
public class ScratchPlans {

    /** The ids of a scratch plan and its items. */
    public record Ids(Long planId, Long goalId, Long indicatorId, Long milestoneId, Long budgetLineId) {}

    /** A scratch plan with an open yearly period and the hospital's submitted report in it. */
    public record Reported(Ids plan, Long periodId, Long reportId, Long evidenceId, String reporterUsername) {}

    private final PlanService plans;
    private final ReportService reports;
    private final TestAccounts accounts;
    private final PlanContentService content;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    ScratchPlans(
            PlanService plans,
            PlanContentService content,
            UserDetailsService users,
            JdbcTemplate jdbc,
            ReportService reports,
            TestAccounts accounts) {
        this.plans = plans;
        this.reports = reports;
        this.accounts = accounts;
        this.content = content;
        this.users = users;
        this.jdbc = jdbc;
    }

    public Reported submittedReportOfBaotouHospital() {
        Reported draft = draftReportOfBaotouHospital();
        SignedInUser reporter = (SignedInUser) users.loadUserByUsername(draft.reporterUsername());
        Long reportId = draft.reportId();
        reports.addEvidence(reportId, "会议纪要.pdf", "%PDF-1.4 test".getBytes(), reporter);
        Long evidenceId =
                reports.page(reportId, reporter, Locale.CHINA).evidence().get(0).id();
        reports.submit(reportId, reports.page(reportId, reporter, Locale.CHINA).version(), reporter);
        return new Reported(draft.plan(), draft.periodId(), reportId, evidenceId, draft.reporterUsername());
    }

    /** A report of the hospital's department in an open period, saved as a draft with one value of each kind. */
    public Reported draftReportOfBaotouHospital() {
        Ids plan = publishedPlanOfBaotouHospital();
        SignedInUser planner = (SignedInUser) users.loadUserByUsername("planner3");
        LocalDate today = LocalDate.now();
        reports.openPeriod(
                plan.planId(),
                PeriodKind.YEAR,
                today.getYear() - 1,
                1,
                today.minusDays(5),
                today.plusDays(10),
                0,
                planner);
        Long periodId = reports.periods(plan.planId(), planner).get(0).id();
        String username = accounts.accountOf("REPORTER", accounts.organizationIdOf("包头医学院第一附属医院"));
        SignedInUser reporter = (SignedInUser) users.loadUserByUsername(username);
        Long reportId = reports.startReport(periodId, reporter);
        reports.save(
                reportId,
                reports.page(reportId, reporter, Locale.CHINA).version(),
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
        return new Reported(plan, periodId, reportId, null, username);
    }

    public Ids publishedPlanOfBaotouHospital() {
        SignedInUser admin = (SignedInUser) users.loadUserByUsername("admin");
        Long hospital = jdbc.queryForObject(
                "select id from organization where name = '包头医学院第一附属医院' and parent_id is null", Long.class);
        Long planId = plans.create(
                new PlanCommands.SavePlan(
                        "测试规划 " + System.nanoTime(),
                        "包头医学院第一附属医院",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        hospital,
                        List.of(hospital),
                        List.of()),
                admin);
        Long goalId = content.addGoal(
                planId, new PlanCommands.SaveGoal(null, "一、", "学科建设", null, hospital, List.of()), admin);
        Long indicatorId = content.addIndicator(
                planId,
                new PlanCommands.SaveIndicator(
                        goalId,
                        "1",
                        "学科建设",
                        "出院患者手术占比",
                        "%",
                        null,
                        Direction.HIGHER_IS_BETTER,
                        ValueKind.PERCENTAGE,
                        null,
                        false,
                        new BigDecimal("30"),
                        null,
                        2020,
                        "≥35%",
                        null,
                        List.of(new YearlyTarget(2023, "≥32%")),
                        hospital,
                        List.of(),
                        null,
                        null,
                        null,
                        null),
                admin);
        Long milestoneId = content.addMilestone(
                planId,
                new PlanCommands.SaveMilestone(
                        goalId,
                        "引进人才",
                        null,
                        2022,
                        null,
                        new BigDecimal("400"),
                        List.of(new SubTarget("引进博士", "1-2人"))),
                admin);
        Long budgetLineId = content.addBudgetLine(
                planId,
                new PlanCommands.SaveBudgetLine(
                        goalId, "医院自筹", "人才建设", 2022, BudgetAmount.of(new BigDecimal("500")), null),
                admin);
        plans.publish(planId, admin);
        return new Ids(planId, goalId, indicatorId, milestoneId, budgetLineId);
    }
}
