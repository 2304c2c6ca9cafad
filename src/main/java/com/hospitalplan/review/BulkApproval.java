package com.hospitalplan.review;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportNotFoundException;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.user.SignedInUser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Approves several clean reports of a reviewer's queue at once, each in a decision of its own: a report that changed
 * since the queue was shown, or that asks for a closer look, is left in the queue with the reason, and the others are
 * approved all the same.
 */
@Service
class BulkApproval {

    /** What was done: how many were approved, and which were left, why (shown once, through the session). */
    record Outcome(int approved, List<Left> left) implements Serializable {}

    /** A report left in the queue: its unit and plan as the queue named them, and the reason's message key. */
    record Left(String organizationName, String planTitle, String reasonKey) implements Serializable {}

    private final ReviewQueue queue;
    private final ReportDecisions decisions;

    BulkApproval(ReviewQueue queue, ReportDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    /** Approves the chosen reports, each at the version the reviewer saw ({@code reportId → version}). */
    Outcome approve(Map<Long, Long> chosen, SignedInUser user) {
        Map<Long, ReviewItem> items =
                queue.of(user).stream().collect(Collectors.toMap(ReviewItem::reportId, Function.identity()));
        int approved = 0;
        List<Left> left = new ArrayList<>();
        for (var entry : chosen.entrySet()) {
            ReviewItem item = items.get(entry.getKey());
            if (item == null) {
                left.add(new Left("#" + entry.getKey(), "", "review.bulk.notWaiting"));
                continue;
            }
            String reason = decide(entry.getKey(), entry.getValue(), user);
            if (reason == null) {
                approved++;
            } else {
                left.add(new Left(item.organizationName(), item.planTitle(), reason));
            }
        }
        return new Outcome(approved, List.copyOf(left));
    }

    /** The reason the report was left, or {@code null} when it was approved. */
    private String decide(Long reportId, long version, SignedInUser user) {
        try {
            decisions.approveClean(reportId, version, user);
            return null;
        } catch (OptimisticLockingFailureException e) {
            return "review.bulk.changed";
        } catch (ReportStateException e) {
            return e.messageKey();
        } catch (ReportNotFoundException | AccessDeniedException e) {
            return "review.bulk.notWaiting";
        }
    }
}
