package com.hospitalplan.judgement;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.targets.LevelScale;
import com.hospitalplan.targets.Measurement;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Each year's figure of a set of members by an arithmetic rule (sum, average, weighted average, minimum, maximum),
 * from every member's last value of that year. Levels take the lowest (the highest for {@link Aggregation#MAXIMUM}):
 * a level has no sum or mean.
 */
final class Figures {

    private Figures() {}

    /** @param scale the indicator's level scale, or {@code null} when it names none */
    static List<Measurement> series(LevelScale scale, Aggregation rule, List<MemberValues> members) {
        NavigableMap<Integer, List<MemberValues>> years = new TreeMap<>();
        for (MemberValues member : members) {
            member.byYear()
                    .keySet()
                    .forEach(year ->
                            years.computeIfAbsent(year, y -> new ArrayList<>()).add(member));
        }
        List<Measurement> series = new ArrayList<>();
        for (Map.Entry<Integer, List<MemberValues>> entry : years.entrySet()) {
            int year = entry.getKey();
            List<Measurement> values =
                    entry.getValue().stream().map(m -> m.byYear().get(year)).toList();
            LocalDate date = values.stream()
                    .map(Measurement::date)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            Measurement figure = combine(scale, rule, year, entry.getValue(), values, date);
            if (figure != null) {
                series.add(figure);
            }
        }
        return series;
    }

    private static Measurement combine(
            LevelScale scale,
            Aggregation rule,
            int year,
            List<MemberValues> members,
            List<Measurement> values,
            LocalDate date) {
        if (scale != null || values.stream().allMatch(v -> v.level() != null)) {
            return level(scale, rule, values, date);
        }
        List<BigDecimal> numbers = values.stream()
                .map(Measurement::number)
                .filter(Objects::nonNull)
                .toList();
        if (numbers.isEmpty()) {
            return null;
        }
        BigDecimal figure = switch (rule) {
            case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MINIMUM -> numbers.stream().min(Comparator.naturalOrder()).orElseThrow();
            case MAXIMUM -> numbers.stream().max(Comparator.naturalOrder()).orElseThrow();
            case WEIGHTED_AVERAGE -> weightedAverage(year, members);
            default -> average(numbers);
        };
        return figure == null ? null : Measurement.number(date, figure);
    }

    private static Measurement level(LevelScale scale, Aggregation rule, List<Measurement> values, LocalDate date) {
        List<String> levels =
                values.stream().map(Measurement::level).filter(Objects::nonNull).toList();
        if (scale == null || levels.isEmpty()) {
            return null;
        }
        Comparator<String> byRank = Comparator.comparingInt(scale::rank);
        String figure = rule == Aggregation.MAXIMUM
                ? levels.stream().max(byRank).orElseThrow()
                : levels.stream().min(byRank).orElseThrow();
        return new Measurement(date, null, figure, null);
    }

    private static BigDecimal weightedAverage(int year, List<MemberValues> members) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (MemberValues member : members) {
            Measurement value = member.byYear().get(year);
            Measurement weight = member.weights().get(year);
            if (value == null || value.number() == null || weight == null || weight.number() == null) {
                continue;
            }
            weighted = weighted.add(value.number().multiply(weight.number()));
            weights = weights.add(weight.number());
        }
        return weights.signum() == 0 ? null : weighted.divide(weights, MathContext.DECIMAL64);
    }

    private static BigDecimal average(List<BigDecimal> numbers) {
        BigDecimal sum = numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
    }
}
