package com.hospitalplan.support;

import static com.hospitalplan.plan.IndicatorDefinitionBuilder.indicator;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.BasisDocument;
import com.hospitalplan.plan.PlanCommands;
import com.hospitalplan.plan.PlanContentService;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.ValueKind;
import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Object Mother of county plans, as the dashboard tests need them: a new county with its bureau, the city's bureau and several
 * hospitals, and a published plan of the county bureau covering all of them, with reports the test chooses.
 */
@Component
public class CountyPlans {

    /**
     * A new county: the city's (named {@code cityName}) and the county's bureaus, the county's hospitals with their
     * names, and a reviewer of the county's bureau.
     */
    public record County(
            TestOrganizations.Area area,
            String cityName,
            long cityBureauId,
            long bureauId,
            List<Long> hospitalIds,
            List<String> hospitalNames,
            SignedInUser reviewer) {}

    /**
     * A published plan of a county's bureau: its first indicator is every hospital's (the first leading), each
     * further indicator one hospital's in turn.
     */
    public record Plan(Long planId, List<Long> indicatorIds, County county, SignedInUser planner) {

        /** The hospitals responsible for the indicator at {@code position}. */
        public List<Long> reportersOf(int position) {
            List<Long> hospitals = county.hospitalIds();
            return position == 0 ? hospitals : List.of(hospitals.get((position - 1) % hospitals.size()));
        }
    }

    private final TestOrganizations testOrganizations;
    private final OrganizationService organizations;
    private final TestAccounts accounts;
    private final PlanService plans;
    private final PlanContentService content;
    private final ReportingPeriods periods;
    private final ReportDrafting drafting;
    private final ReportDecisions decisions;
    private final ReportPages pages;

    CountyPlans(
            TestOrganizations testOrganizations,
            OrganizationService organizations,
            TestAccounts accounts,
            PlanService plans,
            PlanContentService content,
            ReportingPeriods periods,
            ReportDrafting drafting,
            ReportDecisions decisions,
            ReportPages pages) {
        this.testOrganizations = testOrganizations;
        this.organizations = organizations;
        this.accounts = accounts;
        this.plans = plans;
        this.content = content;
        this.periods = periods;
        this.drafting = drafting;
        this.decisions = decisions;
        this.pages = pages;
    }

    /** A new county with {@code hospitals} hospitals and a reviewer of its bureau. */
    public County county(int hospitals) {
        TestOrganizations.Tree tree = testOrganizations.tree();
        List<Long> ids = new ArrayList<>(List.of(tree.hospitalId(), tree.otherHospitalId()));
        while (ids.size() < hospitals) {
            ids.add(testOrganizations.hospitalIn(tree.area().countyCode()));
        }
        List<Long> chosen = List.copyOf(ids.subList(0, hospitals));
        List<String> names = chosen.stream()
                .map(id -> organizations.find(id).orElseThrow().name())
                .toList();
        String cityName = organizations.regions().stream()
                .filter(region -> region.code().equals(tree.area().cityCode()))
                .findFirst()
                .orElseThrow()
                .name();
        return new County(
                tree.area(),
                cityName,
                tree.cityBureauId(),
                tree.bureauId(),
                chosen,
                names,
                accounts.signedIn(Role.REVIEWER, tree.bureauId()));
    }

    /** A published plan of the county's bureau with {@code indicators} percentage indicators (at least one). */
    public Plan plan(County county, int indicators) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            names.add("测试指标" + (i + 1));
        }
        return plan(county, names);
    }

    /** {@link #plan(County, int)} with percentage indicators of these names, numbered from 1. */
    public Plan plan(County county, List<String> names) {
        int indicators = names.size();
        SignedInUser planner = accounts.signedIn(Role.PLANNER, county.bureauId());
        Long planId = plans.create(
                new PlanCommands.SavePlan(
                        "测试县规划 " + System.nanoTime(),
                        "测试县卫健局",
                        2021,
                        2025,
                        null,
                        null,
                        List.of(new BasisDocument("测试依据", null)),
                        county.bureauId(),
                        county.hospitalIds(),
                        List.of()),
                planner);
        Long goalId = content.addGoal(
                planId, new PlanCommands.SaveGoal(null, "一、", "学科建设", null, county.bureauId(), List.of()), planner);
        List<Long> ids = new ArrayList<>();
        Plan plan = new Plan(planId, ids, county, planner);
        for (int i = 0; i < indicators; i++) {
            List<Long> reporters = plan.reportersOf(i);
            ids.add(content.addIndicator(
                    planId,
                    new PlanCommands.SaveIndicator(
                            goalId,
                            indicator(String.valueOf(i + 1), names.get(i))
                                    .unit("%")
                                    .kind(ValueKind.PERCENTAGE)
                                    .build(),
                            null,
                            "≥35%",
                            null,
                            List.of(),
                            reporters.get(0),
                            reporters.subList(1, reporters.size()),
                            null,
                            null),
                    planner));
        }
        plans.publish(planId, planner);
        return new Plan(planId, List.copyOf(ids), county, planner);
    }

    /** Opens a yearly period of last year, open from five days ago; returns its id. */
    public Long openPeriod(Plan plan) {
        LocalDate today = LocalDate.now();
        periods.openPeriod(
                plan.planId(),
                new NewPeriod(
                        PeriodKind.YEAR, ScratchPlans.reportedYear(), 1, today.minusDays(5), today.plusDays(10), 0),
                plan.planner());
        return periods.periods(plan.planId(), plan.planner()).get(0).id();
    }

    /**
     * A new reporter's report of the hospital {@code hospitalId} in the period, with the percentage {@code value} for
     * every indicator the hospital is responsible for, submitted and, if {@code approve}, approved by the county's
     * reviewer; returns the report's id.
     */
    public Long report(Plan plan, Long periodId, long hospitalId, String value, boolean approve) {
        SignedInUser reporter = accounts.signedIn(Role.REPORTER, hospitalId);
        Long reportId = drafting.startReport(periodId, reporter);
        Map<Long, ReportInput.Value> input = new HashMap<>();
        for (int i = 0; i < plan.indicatorIds().size(); i++) {
            if (plan.reportersOf(i).contains(hospitalId)) {
                input.put(plan.indicatorIds().get(i), new ReportInput.Value(new BigDecimal(value), null, null, "测试说明"));
            }
        }
        drafting.saveAndSubmit(
                reportId,
                pages.page(reportId, reporter, Locale.CHINA).version(),
                new ReportInput(input, Map.of(), Map.of(), "成效", null, null),
                reporter);
        if (approve) {
            SignedInUser reviewer = plan.county().reviewer();
            decisions.approve(
                    reportId, pages.page(reportId, reviewer, Locale.CHINA).version(), reviewer);
        }
        return reportId;
    }

    /** A new health bureau of another new county, whose accounts see nothing of this one. */
    public long otherBureau() {
        return testOrganizations.tree().bureauId();
    }
}
