package com.hospitalplan.project;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Investment in 万元 as a table: funding sources × years (null year: the whole project), with totals per source, per
 * year and overall. A line whose amount is not stated adds nothing and makes every total it belongs to incomplete
 * (shown as "at least"), never 0. Plain Java.
 */
public record InvestmentTable(List<Integer> years, List<Row> rows, List<Total> yearTotals, Total total) {

    /** One funding line. */
    public record Line(FundingSource source, Integer year, BigDecimal amount) {}

    /** A sum and whether every line in it states its amount; {@code amount} is null when no line does. */
    public record Total(BigDecimal amount, boolean complete) {

        static Total of(List<Line> lines) {
            BigDecimal sum = lines.stream()
                    .map(Line::amount)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal::add)
                    .orElse(null);
            return new Total(sum, lines.stream().allMatch(line -> line.amount() != null));
        }
    }

    /** A source's cells, one per year of {@link #years()} (null: no line there), and its total. */
    public record Row(FundingSource source, List<Total> cells, Total total) {}

    public static InvestmentTable of(List<Line> lines) {
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
        lines.forEach(line -> yearSet.add(line.year()));
        List<Integer> years = new java.util.ArrayList<>(yearSet);
        Map<FundingSource, List<Line>> bySource = new LinkedHashMap<>();
        for (FundingSource source : FundingSource.values()) {
            List<Line> of = lines.stream().filter(l -> l.source() == source).toList();
            if (!of.isEmpty()) {
                bySource.put(source, of);
            }
        }
        List<Row> rows = bySource.entrySet().stream()
                .map(entry -> new Row(
                        entry.getKey(),
                        years.stream().map(year -> cell(entry.getValue(), year)).toList(),
                        Total.of(entry.getValue())))
                .toList();
        List<Total> yearTotals = years.stream().map(year -> cell(lines, year)).toList();
        return new InvestmentTable(years, rows, yearTotals, Total.of(lines));
    }

    private static Total cell(List<Line> lines, Integer year) {
        List<Line> in =
                lines.stream().filter(l -> Objects.equals(l.year(), year)).toList();
        return in.isEmpty() ? null : Total.of(in);
    }

    /** The planned investment of one year (lines of the whole project not counted); null when no line names it. */
    public Total yearTotal(int year) {
        int at = years.indexOf(year);
        return at < 0 ? null : yearTotals.get(at);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
