package com.hospitalplan.report;

import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes every change to a report or a period to the history, and reads a report's history back. */
@Component
class ReportHistoryLog {

    private final ReportHistoryRepository history;
    private final UserService users;
    private final Clock clock;
    private final MessageSource messages;

    ReportHistoryLog(ReportHistoryRepository history, UserService users, Clock clock, MessageSource messages) {
        this.history = history;
        this.users = users;
        this.clock = clock;
        this.messages = messages;
    }

    /** Records a change of a period, not of one report. */
    void ofPeriod(
            Long periodId,
            SignedInUser user,
            String action,
            String item,
            String oldValue,
            String newValue,
            String reason) {
        history.save(new ReportHistory(
                null, periodId, user.id(), clock.instant(), action, item, oldValue, newValue, reason));
    }

    /** Records a change of a report: of an item from one value to another ({@code change} null: none shown). */
    void of(Report report, SignedInUser user, String action, String item, Report.Change change, String reason) {
        history.save(new ReportHistory(
                report.id(),
                report.periodId(),
                user.id(),
                clock.instant(),
                action,
                item,
                change == null ? null : change.before(),
                change == null ? null : change.after(),
                reason));
    }

    /** Records a report's change from one status to another. */
    void status(Report report, SignedInUser user, String action, ReportStatus from, String reason) {
        of(
                report,
                user,
                action,
                null,
                new Report.Change(
                        from == null ? null : from.name(), report.status().name()),
                reason);
    }

    /**
     * A report's history, oldest first, with the names of those who acted, its values as people read them
     * ({@link HistoryValues}).
     */
    List<ReportViews.HistoryRow> rows(Long reportId, Locale locale) {
        HistoryValues.Words words = new HistoryValues.Words(
                messages.getMessage("report.yes", null, locale),
                messages.getMessage("report.no", null, locale),
                messages.getMessage("dashboard.tenThousandYuan", null, locale));
        List<ReportHistory> rows = history.findByReportIdOrderByAtAscIdAsc(reportId);
        Map<Long, String> names =
                users.displayNames(rows.stream().map(ReportHistory::actorId).collect(Collectors.toSet()));
        return rows.stream()
                .map(h -> new ReportViews.HistoryRow(
                        h.at(),
                        names.getOrDefault(h.actorId(), ""),
                        h.action(),
                        h.item(),
                        h.oldValue(),
                        h.newValue(),
                        h.reason()))
                .map(row -> HistoryValues.readable(row, words))
                .toList();
    }

    /**
     * What the reporter changed after the report was last returned (or reopened), so that the reviewer of a
     * resubmitted report reads only that; empty for a report that was never sent back.
     */
    static List<ReportViews.HistoryRow> changesSinceReturn(List<ReportViews.HistoryRow> history) {
        int lastReturn = -1;
        for (int i = 0; i < history.size(); i++) {
            String action = history.get(i).action();
            if (action.equals("RETURNED") || action.equals("REOPENED")) {
                lastReturn = i;
            }
        }
        if (lastReturn < 0) {
            return List.of();
        }
        return history.subList(lastReturn + 1, history.size()).stream()
                .filter(h -> !h.action().equals("SUBMITTED") && !h.action().equals("APPROVED"))
                .toList();
    }
}
