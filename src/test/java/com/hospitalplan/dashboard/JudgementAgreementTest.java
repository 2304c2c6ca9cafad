package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.report.ReportFigures;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.TargetService;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report form and the dashboards judge a value alike: for every value in the demo reports, the status and the
 * explanation the report form shows equal the dashboard's for that institution and indicator, judged on the same
 * values (the institution's earlier submitted or approved values and this one) on the same day (the period's end).
 * The demo reports are the point: they hold values of every kind the seed plans ask for; the test reads them as an
 * administrator of its own.
 */
@IntegrationTest
class JudgementAgreementTest {

    @Autowired
    ReportPages pages;

    @Autowired
    LevelScales levelScales;

    @Autowired
    PlanService plans;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DashboardData data;

    @Autowired
    TargetService targets;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private record Disagreement(Long reportId, Long indicatorId, Status form, Status dashboard) {}

    @Test
    void theFormAndTheDashboardJudgeEveryDemoValueAlike() {
        SignedInUser admin = accounts.signedIn(Role.ADMIN);
        List<Long> reportIds = jdbc.sql("select r.id from report r join reporting_period p on p.id = r.period_id"
                        + " join plan pl on pl.id = p.plan_id where pl.plan_key is not null order by r.id")
                .query(Long.class)
                .list();
        int compared = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (Long reportId : reportIds) {
            ReportViews.ReportPage page = pages.page(reportId, admin, Locale.CHINA);
            ReportViews.PeriodView period = page.period();
            ReportingScope scope = plans.reportingScope(page.planId());
            Unit unit = Unit.of(organizations.find(page.organizationId()).orElseThrow());
            List<ReportFigures.Value> values = new ArrayList<>();
            data.reports(page.planId(), unit.id()).values().stream()
                    .filter(o -> o.periodEnd().isBefore(period.startsOn()))
                    .forEach(values::add);
            for (ReportViews.ValueRow row : page.values()) {
                if (row.numberValue() != null || row.levelValue() != null || row.yesValue() != null) {
                    values.add(new ReportFigures.Value(
                            row.indicatorId(),
                            unit.id(),
                            period.endsOn(),
                            row.numberValue(),
                            row.levelValue(),
                            row.yesValue(),
                            reportId,
                            false));
                }
            }
            PlanStandings dashboard = PlanStandings.of(
                    scope,
                    Map.of(unit.id(), unit),
                    Map.of(unit.id(), new UnitReports(values, List.of(), List.of(), List.of())),
                    period.endsOn(),
                    levelScales.catalog());
            for (ReportViews.ValueRow row : page.values()) {
                if (row.status() == null) {
                    continue;
                }
                Standing standing =
                        dashboard.standing(row.indicatorId(), unit.id(), Basis.WITH_PENDING, TargetVariant.ADJUSTED);
                compared++;
                String explanation = targets.render(standing.evaluation().explanation(), Locale.CHINA);
                if (standing.status() != row.status() || !explanation.equals(row.evaluation())) {
                    disagreements.add(new Disagreement(reportId, row.indicatorId(), row.status(), standing.status()));
                }
            }
        }

        assertThat(compared).isPositive();
        assertThat(disagreements).isEmpty();
    }
}
