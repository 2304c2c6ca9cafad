package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.BudgetDashboard;
import com.hospitalplan.dashboard.DashboardViews.GoalMoney;
import com.hospitalplan.dashboard.DashboardViews.MoneyRow;
import com.hospitalplan.dashboard.DashboardViews.PlanDashboard;
import com.hospitalplan.plan.BudgetAmount;
import com.hospitalplan.plan.Money;
import com.hospitalplan.plan.ReportingScope.BudgetItem;
import com.hospitalplan.user.SignedInUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** A plan's money: planned against spent by funding source, category, year and goal area. */
@Service
public class BudgetDashboards {

    private final DashboardAccess access;
    private final PlanDashboards plans;
    private final ScoreRows scoreRows;

    BudgetDashboards(DashboardAccess access, PlanDashboards plans, ScoreRows scoreRows) {
        this.access = access;
        this.plans = plans;
        this.scoreRows = scoreRows;
    }

    public BudgetDashboard budget(Long planId, SignedInUser user, Basis basis, TargetVariant variant, Locale locale) {
        PlanStandings standings = access.readable(planId, user);
        Set<Long> shown = access.visibleUnits(standings, planId, user);
        PlanDashboard plan = plans.plan(standings, planId, shown, basis, variant, locale);
        List<BudgetItem> lines = standings.scope().budgetLines().stream()
                .filter(b -> b.reporters().stream().anyMatch(shown::contains))
                .toList();
        String wholePeriod = scoreRows.message("dashboard.budgetPage.wholePeriod", locale);
        List<MoneyRow> bySource = rows(lines, standings, shown, basis, BudgetItem::fundingSource);
        List<MoneyRow> byCategory = rows(lines, standings, shown, basis, BudgetItem::category);
        List<MoneyRow> byYear = byYear(lines, standings, shown, basis, wholePeriod);
        List<GoalMoney> byGoal = plan.goals().stream()
                .filter(g -> g.planned().amount().signum() > 0
                        || !g.planned().complete()
                        || g.spent().signum() > 0)
                .map(g -> new GoalMoney(
                        (g.number() == null ? "" : g.number()) + g.title(),
                        g.planned(),
                        g.spent(),
                        g.executionPercent(),
                        g.counts(),
                        MoneyAndProgress.of(g.executionPercent(), g.counts())))
                .toList();
        return new BudgetDashboard(
                planId,
                plan.title(),
                plan.switches(),
                plan.planned(),
                plan.spent(),
                plan.executionPercent(),
                bySource,
                byCategory,
                byYear,
                byGoal);
    }

    private static List<MoneyRow> rows(
            List<BudgetItem> lines,
            PlanStandings standings,
            Set<Long> shown,
            Basis basis,
            Function<BudgetItem, String> heading) {
        Sums sums = new Sums(new LinkedHashMap<>());
        for (BudgetItem line : lines) {
            String key = heading.apply(line);
            sums.plan(key, line.planned());
            for (Long unit : line.reporters()) {
                if (shown.contains(unit)) {
                    sums.spend(
                            key,
                            standings.spent(line.id(), unit, basis),
                            line.amount().stated());
                }
            }
        }
        return sums.rows();
    }

    /**
     * Planned by year as each line's shares fall (a recurring line in every year, a line without a year in the whole
     * period), spent by the period's year.
     */
    private static List<MoneyRow> byYear(
            List<BudgetItem> lines, PlanStandings standings, Set<Long> shown, Basis basis, String wholePeriod) {
        Sums sums = new Sums(new TreeMap<>());
        for (BudgetItem line : lines) {
            for (BudgetAmount.Share share : line.shares()) {
                sums.plan(share.year() == null ? wholePeriod : String.valueOf(share.year()), share.money());
            }
            for (Long unit : line.reporters()) {
                if (shown.contains(unit)) {
                    standings
                            .spentByYear(line.id(), unit, basis)
                            .forEach((year, amount) -> sums.spend(
                                    String.valueOf(year), amount, line.amount().stated()));
                }
            }
        }
        return sums.rows();
    }

    /** Planned and spent money per heading, in the order the map keeps its keys. */
    private record Sums(Map<String, MoneyTally> byHeading) {

        void plan(String heading, Money money) {
            byHeading.merge(heading, MoneyTally.NONE.plan(money), (was, added) -> was.plan(money));
        }

        void spend(String heading, BigDecimal amount, boolean lineStatesAmount) {
            byHeading.put(
                    heading, byHeading.getOrDefault(heading, MoneyTally.NONE).spend(amount, lineStatesAmount));
        }

        List<MoneyRow> rows() {
            List<MoneyRow> rows = new ArrayList<>();
            byHeading.forEach((label, sum) ->
                    rows.add(new MoneyRow(label, sum.planned(), sum.spent(), sum.executionPercent(), sum.overPlan())));
            return rows;
        }
    }
}
