package com.hospitalplan.report;

import com.hospitalplan.judgement.Judgement;
import com.hospitalplan.judgement.Member;
import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.levelscale.LevelScales;
import com.hospitalplan.plan.ReportingScope;
import com.hospitalplan.targets.LevelScaleCatalog;
import com.hospitalplan.targets.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Judges a report's values as the dashboards judge them: by {@link Judgement}, for its institution, together with
 * the unit's values of earlier periods that the dashboards count (submitted or approved), on the period's last day.
 */
@Component
class ReportJudging {

    private final ReportRepository reports;
    private final ReportingPeriodRepository periods;
    private final ReportLookup lookup;
    private final LevelScales levelScales;

    ReportJudging(
            ReportRepository reports, ReportingPeriodRepository periods, ReportLookup lookup, LevelScales levelScales) {
        this.reports = reports;
        this.periods = periods;
        this.lookup = lookup;
        this.levelScales = levelScales;
    }

    /** What a report's values are judged against. */
    Judged of(Report report, ReportingPeriod period, ReportingScope scope) {
        LevelScaleCatalog scales = levelScales.catalog();
        Map<Long, ReportValue> last = new HashMap<>();
        Map<Long, List<OutlierBasis.Earlier>> approvedEarlier = new HashMap<>();
        Map<Long, java.math.BigDecimal> approvedSpending = new HashMap<>();
        Map<Long, List<Measurement>> earlierValues = new HashMap<>();
        Map<ReportSubTarget.Key, List<Measurement>> earlierParts = new HashMap<>();
        earlierReports(report, period).forEach((earlier, of) -> {
            for (ReportValue v : earlier.values().values()) {
                if (v.isEmpty()) {
                    continue;
                }
                if (earlier.status() == ReportStatus.APPROVED) {
                    last.put(v.indicatorId(), v);
                    approvedEarlier
                            .computeIfAbsent(v.indicatorId(), k -> new ArrayList<>())
                            .add(new OutlierBasis.Earlier(of.kind(), of.endsOn(), v.numberValue()));
                }
                if (earlier.counts()) {
                    earlierValues
                            .computeIfAbsent(v.indicatorId(), k -> new ArrayList<>())
                            .add(Judged.measurement(v, of));
                }
            }
            if (earlier.status() == ReportStatus.APPROVED) {
                earlier.spending().values().stream()
                        .filter(x -> x.amount() != null)
                        .forEach(x -> approvedSpending.merge(x.budgetLineId(), x.amount(), java.math.BigDecimal::add));
            }
            if (earlier.counts()) {
                earlier.subTargets().stream()
                        .filter(part -> !part.isEmpty())
                        .forEach(part -> earlierParts
                                .computeIfAbsent(part.key(), k -> new ArrayList<>())
                                .add(Judged.measurement(part, of)));
            }
        });
        Judgement judgement = Judgement.of(scope, period.endsOn(), scales);
        Member member = Member.of(lookup.organization(report.organizationId()));
        return new Judged(
                judgement,
                member,
                period,
                scales,
                last,
                approvedEarlier,
                approvedSpending,
                earlierValues,
                earlierParts);
    }

    /** The unit's reports of earlier periods of the same plan with their periods, oldest first. */
    private Map<Report, ReportingPeriod> earlierReports(Report report, ReportingPeriod current) {
        Map<Long, ReportingPeriod> earlier = periods.findByPlanIdOrderByStartsOnDesc(current.planId()).stream()
                .filter(p -> p.endsOn().isBefore(current.startsOn()))
                .collect(Collectors.toMap(ReportingPeriod::id, p -> p));
        if (earlier.isEmpty()) {
            return Map.of();
        }
        Map<Report, ReportingPeriod> reportsWithPeriods = new LinkedHashMap<>();
        // the unit's own only: every unit's reports of the earlier periods (thousands at province scale) were loaded to
        // judge one report, and the review queue judges a page of them
        reports.findByPeriodIdInAndOrganizationId(earlier.keySet(), report.organizationId()).stream()
                .sorted(Comparator.comparing(
                        (Report r) -> earlier.get(r.periodId()).endsOn()))
                .forEach(r -> reportsWithPeriods.put(r, earlier.get(r.periodId())));
        return reportsWithPeriods;
    }

    /**
     * A report's values judged.
     *
     * @param last the unit's latest approved values of earlier periods (上期值), by indicator
     * @param approvedEarlier the unit's approved values of earlier periods with their period's kind, by indicator
     * @param approvedSpending the unit's spending in earlier approved periods, summed by budget line
     * @param earlierValues the unit's values of earlier periods in submitted or approved reports, by indicator
     * @param earlierParts the same for sub-targets
     */
    record Judged(
            Judgement judgement,
            Member member,
            ReportingPeriod period,
            LevelScaleCatalog scales,
            Map<Long, ReportValue> last,
            Map<Long, List<OutlierBasis.Earlier>> approvedEarlier,
            Map<Long, java.math.BigDecimal> approvedSpending,
            Map<Long, List<Measurement>> earlierValues,
            Map<ReportSubTarget.Key, List<Measurement>> earlierParts) {

        /** What a value of this period is compared with to find an outlier ({@link OutlierBasis}), or {@code null}. */
        java.math.BigDecimal outlierBasis(Long indicatorId) {
            return OutlierBasis.of(period.kind(), approvedEarlier.getOrDefault(indicatorId, List.of()));
        }

        /** The value judged, or {@code null} when nothing is entered. */
        Verdict value(ReportingScope.IndicatorItem indicator, ReportValue value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            List<Measurement> values = new ArrayList<>(earlierValues.getOrDefault(indicator.id(), List.of()));
            values.add(measurement(value, period));
            return judgement.institution(indicator, indicator.target(), member, values);
        }

        /** The sub-target's value judged by {@link Judgement#subTarget}, or {@code null} when nothing is entered. */
        Verdict subTarget(ReportingScope.SubTargetItem sub, ReportSubTarget part) {
            if (part == null || part.isEmpty()) {
                return null;
            }
            List<Measurement> values = new ArrayList<>(earlierParts.getOrDefault(key(sub), List.of()));
            values.add(measurement(part, period));
            return judgement.subTarget(sub, values);
        }

        static ReportSubTarget.Key key(ReportingScope.SubTargetItem sub) {
            return new ReportSubTarget.Key(sub.milestoneId(), sub.position());
        }

        private static Measurement measurement(ReportValue value, ReportingPeriod period) {
            return new Measurement(period.endsOn(), value.numberValue(), value.levelValue(), value.yesValue());
        }

        private static Measurement measurement(ReportSubTarget part, ReportingPeriod period) {
            return new Measurement(period.endsOn(), part.numberValue(), null, part.yesValue());
        }
    }
}
