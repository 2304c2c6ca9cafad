package com.hospitalplan.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A section another feature adds to a report (the report module knows nothing of that feature): the report page shows
 * the fragment {@code section(content, editable)} of {@link #template()} after the spending; what its inputs send is
 * checked before the report is saved and stored with it, in the report's transaction, so it is drafted, submitted,
 * approved and returned with the rest of the report, and every change goes to the report's history.
 */
public interface ReportSection {

    /** The template holding the fragment {@code section(content, editable)}. */
    String template();

    /**
     * What the section shows on this report; empty when the unit has nothing to report in it.
     *
     * @param typed what was sent by a save that was refused (shown again as typed), or {@code null}: what is stored
     */
    Optional<Object> content(Subject report, Typed typed, Locale locale);

    /** The problems of what the form sent: parameter name → message key; empty when it may be saved. */
    Map<String, String> check(Subject report, Map<String, String> sent);

    /**
     * Stores what the form sent (parameters it does not name are left as they are); called only for a writer of the
     * report while it is editable, after {@link #check} found nothing. Returns each change for the history.
     */
    List<Change> save(Subject report, Map<String, String> sent);

    /** The report a section is shown on or saved with. */
    record Subject(Long reportId, Long planId, Long periodId, Long organizationId, boolean editable) {}

    /** What a refused save sent, and the problems found (parameter name → message key). */
    record Typed(Map<String, String> sent, Map<String, String> problems) {}

    /** A changed item of the section, as the history shows it. */
    record Change(String item, String before, String after) {}

    /** A section ready for the page. */
    record Shown(String template, Object content) {}
}
