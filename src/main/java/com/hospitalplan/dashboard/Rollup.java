package com.hospitalplan.dashboard;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.target.Evaluation;
import com.hospitalplan.target.Explanation;
import com.hospitalplan.target.LevelScale;
import com.hospitalplan.target.Measure;
import com.hospitalplan.target.Measurement;
import com.hospitalplan.target.Status;
import com.hospitalplan.target.Target;
import com.hospitalplan.target.TargetEvaluator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Rolls the values of several institutions up to one figure for a region or a plan, by the rule the indicator
 * declares, and judges that figure against the target. Plain Java.
 *
 * <p>Each year's figure combines every institution's last value of that year. Sum, average, weighted average,
 * minimum and maximum make a series that is judged like one institution's values. Counting or sharing the
 * institutions that meet the target, and "not aggregatable", take the median institution's status (the worse of the
 * two middle ones), except that a target about the share of institutions ("90%的县级医院…") is judged on the share.
 */
final class Rollup {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One institution's part: its values by year, its standing and, for a weighted average, its weights by year. */
    record Part(
            NavigableMap<Integer, Observation> byYear, Standing standing, NavigableMap<Integer, Observation> weights) {}

    /**
     * The rolled-up figure and its judgement.
     *
     * @param value the figure (a number or a level), or {@code null} when the rule gives none
     * @param reporting how many institutions have a value
     * @param meeting how many institutions meet their target
     * @param total how many institutions the figure covers
     * @param pending whether a value not yet approved is in it
     */
    record Result(Evaluation evaluation, Measurement value, int reporting, int meeting, int total, boolean pending) {

        Status status() {
            return evaluation.status();
        }
    }

    private Rollup() {}

    static Result of(
            IndicatorItem indicator,
            Target target,
            List<Part> parts,
            Situations situations,
            TargetEvaluator evaluator) {
        int reporting =
                (int) parts.stream().filter(p -> p.standing().latest() != null).count();
        int meeting = (int)
                parts.stream().filter(p -> p.standing().evaluation().achieved()).count();
        boolean pending = parts.stream().anyMatch(p -> p.standing().pending());
        if (parts.size() == 1) {
            Standing only = parts.get(0).standing();
            return new Result(
                    only.evaluation(),
                    only.latest() == null ? null : only.latest().measurement(),
                    reporting,
                    meeting,
                    1,
                    pending);
        }
        Aggregation rule = indicator.aggregation();
        if (target != null && target.measure() == Measure.INSTITUTION_SHARE) {
            return judgedShare(indicator, target, parts, situations, evaluator, reporting, meeting, pending);
        }
        switch (rule) {
            case SUM, AVERAGE, WEIGHTED_AVERAGE, MINIMUM, MAXIMUM -> {
                List<Measurement> series = series(indicator, parts);
                Evaluation evaluation = target == null
                        ? notJudged(null, "dashboard.explain.noTarget", indicator.targetText())
                        : evaluator.evaluate(target, situations.of(indicator, series));
                Measurement last = series.isEmpty() ? null : series.get(series.size() - 1);
                return new Result(evaluation, last, reporting, meeting, parts.size(), pending);
            }
            default -> {
                BigDecimal figure = rule == Aggregation.COUNT_MEETING
                        ? BigDecimal.valueOf(meeting)
                        : rule == Aggregation.SHARE_MEETING ? share(meeting, parts.size()) : null;
                Evaluation evaluation = new Evaluation(
                        medianStatus(parts),
                        meeting == parts.size(),
                        parts.isEmpty() ? null : share(meeting, parts.size()).divide(HUNDRED),
                        null,
                        null,
                        new Explanation("dashboard.explain.meeting", List.of(meeting, parts.size(), reporting)));
                Measurement value = figure == null ? null : Measurement.number(situations.asOf(), figure);
                return new Result(evaluation, value, reporting, meeting, parts.size(), pending);
            }
        }
    }

    private static Result judgedShare(
            IndicatorItem indicator,
            Target target,
            List<Part> parts,
            Situations situations,
            TargetEvaluator evaluator,
            int reporting,
            int meeting,
            boolean pending) {
        if (reporting == 0) {
            Evaluation none = evaluator.evaluate(target, situations.of(indicator, List.of()));
            return new Result(none, null, 0, 0, parts.size(), false);
        }
        LocalDate latest = parts.stream()
                .map(p -> p.standing().latest())
                .filter(java.util.Objects::nonNull)
                .map(Observation::periodEnd)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Measurement share = Measurement.number(latest, share(meeting, parts.size()));
        Evaluation evaluation = evaluator.evaluate(target, situations.of(indicator, List.of(share)));
        return new Result(evaluation, share, reporting, meeting, parts.size(), pending);
    }

    /** Each year's figure from every institution's last value of that year. */
    static List<Measurement> series(IndicatorItem indicator, List<Part> parts) {
        NavigableMap<Integer, List<Part>> years = new TreeMap<>();
        for (Part part : parts) {
            part.byYear()
                    .keySet()
                    .forEach(year ->
                            years.computeIfAbsent(year, y -> new ArrayList<>()).add(part));
        }
        List<Measurement> series = new ArrayList<>();
        for (Map.Entry<Integer, List<Part>> entry : years.entrySet()) {
            int year = entry.getKey();
            List<Observation> values =
                    entry.getValue().stream().map(p -> p.byYear().get(year)).toList();
            LocalDate date = values.stream()
                    .map(Observation::periodEnd)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            Measurement figure = combine(indicator, year, entry.getValue(), values, date);
            if (figure != null) {
                series.add(figure);
            }
        }
        return series;
    }

    private static Measurement combine(
            IndicatorItem indicator, int year, List<Part> parts, List<Observation> values, LocalDate date) {
        if (indicator.levelScale() != null || values.stream().allMatch(v -> v.level() != null)) {
            return level(indicator, values, date);
        }
        List<BigDecimal> numbers = values.stream()
                .map(Observation::number)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (numbers.isEmpty()) {
            return null;
        }
        BigDecimal figure = switch (indicator.aggregation()) {
            case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case MINIMUM -> numbers.stream().min(Comparator.naturalOrder()).orElseThrow();
            case MAXIMUM -> numbers.stream().max(Comparator.naturalOrder()).orElseThrow();
            case WEIGHTED_AVERAGE -> weightedAverage(year, parts);
            default -> average(numbers);
        };
        return figure == null ? null : Measurement.number(date, figure);
    }

    private static Measurement level(IndicatorItem indicator, List<Observation> values, LocalDate date) {
        LevelScale scale = indicator.levelScale() == null ? null : LevelScale.byKey(indicator.levelScale());
        List<String> levels = values.stream()
                .map(Observation::level)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (scale == null || levels.isEmpty()) {
            return null;
        }
        Comparator<String> byRank = Comparator.comparingInt(scale::rank);
        String figure = indicator.aggregation() == Aggregation.MAXIMUM
                ? levels.stream().max(byRank).orElseThrow()
                : levels.stream().min(byRank).orElseThrow();
        return new Measurement(date, null, figure, null);
    }

    private static BigDecimal weightedAverage(int year, List<Part> parts) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Part part : parts) {
            Observation value = part.byYear().get(year);
            Observation weight = part.weights() == null ? null : part.weights().get(year);
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

    static BigDecimal share(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    /** The median of the judged statuses, the worse of the two middle ones; no data when none is judged. */
    static Status medianStatus(List<Part> parts) {
        List<Status> judged = parts.stream()
                .map(p -> p.standing().status())
                .filter(s -> s != Status.NO_DATA)
                .sorted()
                .toList();
        return judged.isEmpty() ? Status.NO_DATA : judged.get(judged.size() / 2);
    }

    /** A figure that is shown but not judged against the target, with the reason why. */
    static Evaluation notJudged(Measurement value, String explanationKey, Object argument) {
        return new Evaluation(
                Status.NO_DATA, false, null, null, value, new Explanation(explanationKey, List.of(argument)));
    }
}
