package com.hospitalplan.report;

import java.util.Set;

/** What happened in reporting, for whoever wants to tell people about it (notifications). */
public final class ReportEvents {

    /** The change feed's topic of a report's change (the dashboards announce it); subject "planId:organizationId". */
    public static final String CLUSTER_TOPIC = "report";

    private ReportEvents() {}

    /** A period was opened; {@code organizationIds} are the units that have to report in it. */
    public record PeriodOpened(
            Long periodId, Long planId, String planTitle, String periodLabel, Set<Long> organizationIds) {}

    /**
     * What an organisation submitted or had approved in a plan changed: every event of a report's life that moves
     * the figures implements this ({@link ReportSubmitted}, {@link ReportApproved}, {@link ReportReturned},
     * {@link ReportReopened}), and the dashboards' read model listens to it alone.
     */
    public interface ReportChanged {
        Long planId();

        Long organizationId();
    }

    /**
     * A period is due soon or overdue and these units have not submitted.
     *
     * @param overdue whether the due date has passed
     */
    public record ReportsDue(
            Long periodId, String planTitle, String dueOn, boolean overdue, Set<Long> organizationIds) {}
}
