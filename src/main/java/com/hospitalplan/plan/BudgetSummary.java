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
 * states checked against the lines. Plain Java, exact decimals.
 *
 * @param byYear totals per year in order; lines for the whole period have year {@code null} and come last
 */
public record BudgetSummary(
        List<BudgetLineView> lines,
        Map<String, BigDecimal> bySource,
        Map<String, BigDecimal> byCategory,
        List<YearTotal> byYear,
        BigDecimal total,
        List<StatedTotalCheck> statedTotals) {

    /** The planned money of one year, or of the whole period when {@code year} is null. */
    public record YearTotal(Integer year, BigDecimal amount) {}

    /** A total the document states, before it is checked. */
    public record Stated(String label, String fundingSource, String category, Integer year, BigDecimal amount) {}

    public static BudgetSummary of(List<BudgetLineView> lines, List<Stated> stated) {
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        Map<Integer, BigDecimal> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLineView line : lines) {
            bySource.merge(line.fundingSource(), line.amount(), BigDecimal::add);
            byCategory.merge(line.category(), line.amount(), BigDecimal::add);
            byYear.merge(line.year(), line.amount(), BigDecimal::add);
            total = total.add(line.amount());
        }
        List<StatedTotalCheck> checks = new ArrayList<>();
        for (Stated s : stated) {
            BigDecimal computed = lines.stream()
                    .filter(l -> s.fundingSource() == null || s.fundingSource().equals(l.fundingSource()))
                    .filter(l -> s.category() == null || s.category().equals(l.category()))
                    .filter(l -> s.year() == null || Objects.equals(s.year(), l.year()))
                    .map(BudgetLineView::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            checks.add(
                    new StatedTotalCheck(s.label(), s.fundingSource(), s.category(), s.year(), s.amount(), computed));
        }
        List<YearTotal> years = byYear.entrySet().stream()
                .map(e -> new YearTotal(e.getKey(), e.getValue()))
                .toList();
        return new BudgetSummary(List.copyOf(lines), bySource, byCategory, years, total, checks);
    }

    public boolean allTotalsMatch() {
        return statedTotals.stream().allMatch(StatedTotalCheck::matches);
    }
}
