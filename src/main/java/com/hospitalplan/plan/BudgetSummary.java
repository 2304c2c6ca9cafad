package com.hospitalplan.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A plan's budget in 万元: its lines, totals by funding source, category and year, and each total the document
 * states checked against the lines. Every line adds what {@link BudgetAmount#shares} says. Plain Java, exact decimals.
 *
 * @param byYear totals per year in order; lines for the whole period have year {@code null} and come last
 */
public record BudgetSummary(
        List<BudgetLineView> lines,
        Map<String, Money> bySource,
        Map<String, Money> byCategory,
        List<YearTotal> byYear,
        Money total,
        List<StatedTotalCheck> statedTotals) {

    /** The planned money of one year, or of the whole period when {@code year} is null. */
    public record YearTotal(Integer year, Money money) {}

    /** A total the document states, before it is checked. */
    public record Stated(String label, String fundingSource, String category, Integer year, BigDecimal amount) {}

    /** @param startYear, endYear the plan period, which recurring lines cover */
    public static BudgetSummary of(List<BudgetLineView> lines, List<Stated> stated, int startYear, int endYear) {
        Map<String, Money> bySource = new LinkedHashMap<>();
        Map<String, Money> byCategory = new LinkedHashMap<>();
        Map<Integer, Money> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Money total = Money.NONE;
        for (BudgetLineView line : lines) {
            if (!line.inTotals()) {
                continue;
            }
            List<BudgetAmount.Share> shares = line.planned().shares(line.year(), startYear, endYear);
            Money sum = BudgetAmount.sum(shares);
            bySource.merge(line.fundingSource(), sum, Money::plus);
            byCategory.merge(line.category(), sum, Money::plus);
            shares.forEach(share -> byYear.merge(share.year(), share.money(), Money::plus));
            total = total.plus(sum);
        }
        List<StatedTotalCheck> checks = new ArrayList<>();
        for (Stated s : stated) {
            Money computed = Money.NONE;
            List<String> unstated = new ArrayList<>();
            for (BudgetLineView line : lines) {
                if ((s.fundingSource() != null && !s.fundingSource().equals(line.fundingSource()))
                        || (s.category() != null && !s.category().equals(line.category()))) {
                    continue;
                }
                List<BudgetAmount.Share> shares = line.planned().shares(line.year(), startYear, endYear).stream()
                        .filter(share -> s.year() == null || Objects.equals(s.year(), share.year()))
                        .toList();
                computed = computed.plus(BudgetAmount.sum(shares));
                if (!shares.isEmpty() && !line.amountStated()) {
                    unstated.add(line.label());
                }
            }
            checks.add(new StatedTotalCheck(
                    s.label(), s.fundingSource(), s.category(), s.year(), s.amount(), computed, unstated));
        }
        List<YearTotal> years = byYear.entrySet().stream()
                .map(e -> new YearTotal(e.getKey(), e.getValue()))
                .toList();
        return new BudgetSummary(List.copyOf(lines), bySource, byCategory, years, total, checks);
    }

    /** Lines the document names outside the totals it states: shown, never added. */
    public List<BudgetLineView> linesOutsideTotals() {
        return lines.stream().filter(l -> !l.inTotals()).toList();
    }
}
