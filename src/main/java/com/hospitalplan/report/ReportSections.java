package com.hospitalplan.report;

import com.hospitalplan.user.SignedInUser;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The {@link ReportSection}s other features add to reports: shown on the report page (templates call {@code
 * @reportSections.shown(report, typed, locale)}), checked before a save and saved with the report.
 */
@Component("reportSections")
public class ReportSections {

    private final ObjectProvider<ReportSection> sections;
    private final ReportLookup lookup;
    private final ReportHistoryLog history;
    private final Clock clock;

    ReportSections(ObjectProvider<ReportSection> sections, ReportLookup lookup, ReportHistoryLog history, Clock clock) {
        this.sections = sections;
        this.lookup = lookup;
        this.history = history;
        this.clock = clock;
    }

    /** The sections with something to show on a report page the user reads. */
    public List<ReportSection.Shown> shown(ReportViews.ReportPage page, ReportSection.Typed typed, Locale locale) {
        ReportSection.Subject subject = subject(page);
        return sections.orderedStream()
                .flatMap(section -> section
                        .content(subject, typed, locale)
                        .map(content -> new ReportSection.Shown(section.template(), content))
                        .stream())
                .toList();
    }

    /** The problems of what a save sent, over every section: parameter name → message key. */
    public Map<String, String> check(ReportViews.ReportPage page, Map<String, String> sent) {
        ReportSection.Subject subject = subject(page);
        Map<String, String> problems = new HashMap<>();
        sections.orderedStream().forEach(section -> problems.putAll(section.check(subject, sent)));
        return problems;
    }

    /** Saves every section with a writable report, writing each change to its history. */
    void save(Report report, Map<String, String> sent, SignedInUser user) {
        if (sent.isEmpty()) {
            return;
        }
        Long planId = lookup.period(report.periodId()).planId();
        ReportSection.Subject subject =
                new ReportSection.Subject(report.id(), planId, report.periodId(), report.organizationId(), true);
        boolean changed = false;
        for (ReportSection section : sections.orderedStream().toList()) {
            if (!section.check(subject, sent).isEmpty()) {
                throw new ReportInputRefusedException(List.of());
            }
            for (ReportSection.Change change : section.save(subject, sent)) {
                history.of(
                        report,
                        user,
                        "SECTION",
                        change.item(),
                        new Report.Change(change.before(), change.after()),
                        null);
                changed = true;
            }
        }
        if (changed) {
            report.sectionChanged(clock.instant());
        }
    }

    private static ReportSection.Subject subject(ReportViews.ReportPage page) {
        return new ReportSection.Subject(
                page.id(), page.planId(), page.period().id(), page.organizationId(), page.editable());
    }
}
