package com.hospitalplan.dashboard;

import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.dashboard.DashboardViews.Sparkline;
import com.hospitalplan.dashboard.DashboardViews.StatusCount;
import com.hospitalplan.dashboard.DashboardViews.Switches;
import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.plan.ReportingScope.IndicatorItem;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Rounding;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A scorecard line of an indicator over some institutions, and the wording every dashboard shares: values with their
 * unit, explanations, percentages, counts per status.
 */
@Component
class ScoreRows {

    private final TargetService targets;
    private final MessageSource messages;

    ScoreRows(TargetService targets, MessageSource messages) {
        this.targets = targets;
        this.messages = messages;
    }

    /**
     * An indicator's scorecard line over some institutions.
     *
     * @param regionNames the region's name and those above it, for the plan's override for the region; empty for the
     *     whole plan or one institution
     */
    ScoreRow scoreRow(
            PlanStandings standings,
            IndicatorItem indicator,
            Collection<Long> units,
            Basis basis,
            TargetVariant variant,
            List<String> regionNames,
            Locale locale) {
        Figure result = standings.rollup(indicator, units, basis, variant, regionNames);
        Target target = result.verdict().target();
        Evaluation evaluation = result.evaluation();
        return new ScoreRow(
                indicator.id(),
                indicator.number(),
                indicator.name(),
                indicator.unit(),
                baseline(indicator),
                format(result.value(), unitOf(indicator, result), locale),
                result.pending(),
                target != null ? target.text() : indicator.targetText(),
                indicator.originalTarget() == null
                        ? null
                        : indicator.originalTarget().text(),
                percentOf(evaluation.progress()),
                percentOf(evaluation.expectedProgress()),
                evaluation.status(),
                explanation(evaluation, locale),
                sparkline(standings.trend(indicator, units, basis, variant)),
                result.reporting(),
                result.total(),
                ruleLabel(result, locale),
                indicator.baselineLevel() == null ? indicator.baselineValue() : null,
                number(result.value()));
    }

    String format(Measurement value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value.level() != null) {
            return value.level();
        }
        if (value.yes() != null) {
            return message(value.yes() ? "dashboard.yes" : "dashboard.no", locale);
        }
        if (value.number() == null) {
            return "";
        }
        return Rounding.display(value.number(), unit) + (unit == null ? "" : unit);
    }

    /** The number of a value (no level, no yes/no), for exports that keep numbers as numbers. */
    static BigDecimal number(Measurement value) {
        return value == null || value.level() != null || value.yes() != null ? null : value.number();
    }

    String explanation(Evaluation evaluation, Locale locale) {
        return targets.render(evaluation.explanation(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static Switches switches(ReportingScope scope, Basis basis, TargetVariant variant) {
        boolean revised = scope.indicators().stream().anyMatch(i -> i.originalTarget() != null);
        return new Switches(basis, revised ? variant : TargetVariant.ADJUSTED, revised);
    }

    static List<StatusCount> counts(Collection<Status> statuses) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue()))
                .toList();
    }

    static Integer percentOf(BigDecimal share) {
        return share == null
                ? null
                : share.multiply(BigDecimal.valueOf(100))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    static Integer percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() == 0
                ? null
                : part.multiply(BigDecimal.valueOf(100))
                        .divide(whole, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    static String indicatorLabel(IndicatorItem indicator) {
        return (indicator.number() == null ? "" : indicator.number() + " ") + indicator.name();
    }

    /** A share of institutions is in percent, a count of institutions has no unit. */
    private static String unitOf(IndicatorItem indicator, Figure result) {
        Aggregation rule = result.verdict().rule();
        if (rule == null) {
            return indicator.unit();
        }
        return switch (rule) {
            case SHARE_MEETING -> "%";
            case COUNT_MEETING, NONE -> "";
            default -> indicator.unit();
        };
    }

    /** How the figure was rolled up (合计, 平均, 达标占比…), {@code null} for one institution's own value. */
    private String ruleLabel(Figure result, Locale locale) {
        Aggregation rule = result.verdict().rule();
        return rule == null ? null : message("judgement.rule." + rule, locale);
    }

    private static String baseline(IndicatorItem indicator) {
        if (indicator.baselineLevel() != null) {
            return indicator.baselineLevel();
        }
        if (indicator.baselineValue() == null) {
            return "";
        }
        return indicator.baselineValue().stripTrailingZeros().toPlainString()
                + (indicator.unit() == null ? "" : indicator.unit());
    }

    /** Each year's figure, when at least two years have a number. */
    private static Sparkline sparkline(List<Measurement> trend) {
        if (trend.stream().map(Measurement::number).filter(Objects::nonNull).count() < 2) {
            return null;
        }
        return new Sparkline(
                trend.stream().map(m -> String.valueOf(m.year())).toList(),
                trend.stream().map(Measurement::number).toList());
    }
}
