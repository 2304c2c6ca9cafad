package com.hospitalplan.review;

import com.hospitalplan.report.DecisionRefusedException;
import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.user.SignedInUser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's queue and decisions on a report's page: approve (optional comment), return with reasons, reopen. */
@Controller
class ReviewController {

    private static final String VALUE_REASON = "valueReason[";

    private final ReviewQueue queue;
    private final ReportDecisions decisions;
    /** Reports on one page of the queue. */
    static final int PAGE_SIZE = 50;

    private final BulkApproval bulkApproval;

    ReviewController(ReviewQueue queue, ReportDecisions decisions, BulkApproval bulkApproval) {
        this.queue = queue;
        this.decisions = decisions;
        this.bulkApproval = bulkApproval;
    }

    @GetMapping("/reviews")
    String reviewQueue(
            @RequestParam(defaultValue = "1") int page, @AuthenticationPrincipal SignedInUser user, Model model) {
        Paged<ReviewItem> shown = queue.judged(user, page, PAGE_SIZE);
        model.addAttribute("queue", shown.rows());
        model.addAttribute("queuePage", shown);
        return "review/queue";
    }

    /**
     * Approves the chosen clean reports of the queue together; each {@code report} is "id:version", the version the
     * reviewer saw. What could not be approved stays in the queue, listed with the reason.
     */
    @PostMapping("/reviews/approve-clean")
    @PreAuthorize("hasRole('REVIEWER')")
    String approveClean(
            @RequestParam(name = "report", defaultValue = "") List<String> chosen,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (String report : chosen) {
            String[] idAndVersion = report.split(":");
            if (idAndVersion.length == 2
                    && idAndVersion[0].matches("\\d{1,18}")
                    && idAndVersion[1].matches("\\d{1,18}")) {
                versions.put(Long.valueOf(idAndVersion[0]), Long.valueOf(idAndVersion[1]));
            }
        }
        if (versions.isEmpty()) {
            redirect.addFlashAttribute("failure", "review.bulk.noneChosen");
        } else {
            redirect.addFlashAttribute("bulkOutcome", bulkApproval.approve(versions, user));
        }
        return "redirect:/reviews";
    }

    @PostMapping("/reports/{reportId}/approve")
    String approve(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(
                reportId,
                redirect,
                "report.approved",
                new DecisionRefusedException.Typed(null, comment, Map.of()),
                DecisionRefusedException.Decision.APPROVE,
                () -> decisions.approve(reportId, version, comment, user));
    }

    /** Reasons for single values come as {@code valueReason[indicatorId]}. */
    @PostMapping("/reports/{reportId}/return")
    String returnReport(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Map<Long, String> valueReasons = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("valueReason\\[\\d{1,18}]")) {
                valueReasons.put(Long.valueOf(name.substring(VALUE_REASON.length(), name.length() - 1)), value);
            }
        });
        return decide(
                reportId,
                redirect,
                "report.returned",
                new DecisionRefusedException.Typed(reason, null, valueReasons),
                DecisionRefusedException.Decision.RETURN,
                () -> decisions.returnReport(reportId, version, reason, valueReasons, user));
    }

    @PostMapping("/reports/{reportId}/reopen")
    String reopen(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(
                reportId,
                redirect,
                "report.reopened",
                new DecisionRefusedException.Typed(reason, null, Map.of()),
                DecisionRefusedException.Decision.REOPEN,
                () -> decisions.reopen(reportId, version, reason, user));
    }

    /**
     * Takes the decision and goes back to the report; a refused or stale one comes back on the report page with what
     * the reviewer typed (the reporting module's pages answer {@link DecisionRefusedException}).
     */
    private static String decide(
            Long reportId,
            RedirectAttributes redirect,
            String success,
            DecisionRefusedException.Typed typed,
            DecisionRefusedException.Decision which,
            Runnable decision) {
        try {
            decision.run();
        } catch (ReportStateException e) {
            throw new DecisionRefusedException(reportId, which, typed, e.messageKey(), false);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DecisionRefusedException(reportId, which, typed, "review.error.stale", true);
        }
        redirect.addFlashAttribute("success", success);
        return "redirect:/reports/" + reportId;
    }
}
