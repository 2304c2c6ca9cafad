package com.hospitalplan.targets;

import static com.hospitalplan.targets.ProgressJudge.noData;
import static com.hospitalplan.targets.ProgressJudge.pace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a target each year must meet on its own ("每年6人以上") or each year's growth over the year before
 * ("逐年增长15%以上"): on track while every judged year meets it, at risk when an earlier year missed, off track when
 * the last one did. A year still running is judged on the share of the yearly target due by then.
 */
final class YearlyEvaluation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearlyEvaluation() {}

    static Evaluation yearly(Target target, Situation situation, Explanation goal, boolean growth) {
        Map<Integer, BigDecimal> values = values(situation, growth);
        List<Integer> judgedYears = new ArrayList<>();
        List<Boolean> met = new ArrayList<>();
        BigDecimal latestValue = null;
        Integer latestYear = null;
        for (Map.Entry<Integer, BigDecimal> entry : values.entrySet()) {
            int year = entry.getKey();
            if (year < situation.startYear() || year > situation.endYear()) {
                continue;
            }
            boolean complete = LocalDate.of(year, 12, 31).isBefore(situation.asOf());
            BigDecimal value = entry.getValue();
            if (growth) {
                BigDecimal previous = values.get(year - 1);
                if (!complete || previous == null || previous.signum() == 0) {
                    continue;
                }
                value = Numbers.divide(value.subtract(previous), previous).multiply(HUNDRED);
            } else if (!complete) {
                value = soFar(value, year, situation.asOf());
            }
            judgedYears.add(year);
            met.add(ProgressPath.meets(target, value, situation.direction()));
            latestValue = value;
            latestYear = year;
        }
        if (latestYear == null) {
            return noData(situation.latest(), "target.explain.noFullYear", goal);
        }
        long metCount = met.stream().filter(Boolean::booleanValue).count();
        boolean allMet = metCount == met.size();
        boolean lastMet = met.get(met.size() - 1);
        Status status = allMet
                ? (situation.periodOver() ? Status.ACHIEVED : Status.ON_TRACK)
                : !lastMet ? Status.OFF_TRACK : Status.AT_RISK;
        BigDecimal progress = Numbers.divide(BigDecimal.valueOf(metCount), BigDecimal.valueOf(met.size()));
        Measurement latest = Measurement.number(LocalDate.of(latestYear, 12, 31), latestValue);
        String shown = growth
                ? Numbers.plain(latestValue.setScale(1, RoundingMode.HALF_UP)) + "%"
                : TargetDescriber.withUnit(Rounding.rounded(values.get(latestYear), target.unit()), target.unit());
        return new Evaluation(
                status,
                allMet && situation.periodOver(),
                progress,
                BigDecimal.ONE,
                latest,
                Explanation.of(
                        "target.explain.yearly", goal, judgedYears.size(), metCount, latestYear, shown, pace(status)));
    }

    /** Each year's last number, for growth after the baseline's (the year the first growth is measured from). */
    private static Map<Integer, BigDecimal> values(Situation situation, boolean growth) {
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        if (growth && situation.baseline() != null && situation.baseline().number() != null) {
            values.put(situation.baseline().year(), situation.baseline().number());
        }
        ProgressPath.lastPerYear(situation.measurements()).forEach((year, m) -> {
            if (m.number() != null) {
                values.put(year, m.number());
            }
        });
        return values;
    }

    /** The year so far, against the share of the yearly target due by {@code asOf}. */
    private static BigDecimal soFar(BigDecimal value, int year, LocalDate asOf) {
        BigDecimal share = Numbers.divide(
                BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.of(year, 1, 1), asOf) + 1),
                BigDecimal.valueOf(LocalDate.of(year, 1, 1).lengthOfYear()));
        return share.signum() == 0 ? value : Numbers.divide(value, share);
    }
}
