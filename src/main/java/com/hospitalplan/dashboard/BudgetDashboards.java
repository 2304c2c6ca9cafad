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

    private final DashboardService dashboards;

    BudgetDashboards(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    public BudgetDashboard budget(Long planId, SignedInUser user, Basis basis, TargetVariant variant, Locale locale) {
        PlanStandings standings = dashboards.readable(planId, user);
        Set<Long> shown = dashboards.visibleUnits(standings, planId, user);
        PlanDashboard plan = dashboards.plan(standings, planId, shown, basis, variant, locale);
        List<BudgetItem> lines = standings.scope().budgetLines().stream()
                .filter(b -> b.reporters().stream().anyMatch(shown::contains))
                .toList();
        String wholePeriod = dashboards.message("dashboard.budgetPage.wholePeriod", locale);
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
                byGoal,
                chart(bySource, locale),
                chart(byCategory, locale),
                chart(byYear, locale));
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
            byHeading.forEach(
                    (label, sum) -> rows.add(new MoneyRow(label, sum.planned(), sum.spent(), sum.executionPercent())));
            return rows;
        }
    }

    private String chart(List<MoneyRow> rows, Locale locale) {
        Map<String, Object> spec =
                Charts.spec("bar", rows.stream().map(MoneyRow::label).toList());
        spec.put("unit", dashboards.message("dashboard.tenThousandYuan", locale));
        Charts.series(
                spec,
                dashboards.message("dashboard.budget.planned", locale),
                rows.stream().map(r -> r.planned().amount()).toList(),
                Charts.PLANNED);
        Charts.series(
                spec,
                dashboards.message("dashboard.budget.spent", locale),
                rows.stream().map(MoneyRow::spent).toList(),
                Charts.SPENT);
        return Charts.json(spec);
    }
}
