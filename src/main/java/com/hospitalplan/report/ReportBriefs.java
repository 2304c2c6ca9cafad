package com.hospitalplan.report;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports in brief (status and period) for features that keep something of their own per report ({@link
 * ReportSection}) and show it outside the report: which of it is approved, which pending. Reading them is the caller's
 * rule (the caller shows only what belongs to what the user may read).
 */
@Service
@Transactional(readOnly = true)
public class ReportBriefs {

    private final ReportRepository reports;
    private final ReportLookup lookup;

    ReportBriefs(ReportRepository reports, ReportLookup lookup) {
        this.reports = reports;
        this.lookup = lookup;
    }

    /** A report's status and period. */
    public record Brief(Long reportId, ReportStatus status, ReportViews.PeriodView period) {}

    /** The reports of these ids that exist, by id. */
    public Map<Long, Brief> of(Collection<Long> reportIds) {
        return reports.findAllById(reportIds).stream()
                .map(report -> new Brief(report.id(), report.status(), lookup.view(lookup.period(report.periodId()))))
                .collect(Collectors.toMap(Brief::reportId, Function.identity()));
    }
}
