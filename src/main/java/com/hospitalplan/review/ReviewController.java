package com.hospitalplan.review;

import com.hospitalplan.report.ReportDecisions;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.user.SignedInUser;
import java.util.HashMap;
import java.util.Map;
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

    ReviewController(ReviewQueue queue, ReportDecisions decisions) {
        this.queue = queue;
        this.decisions = decisions;
    }

    @GetMapping("/reviews")
    String reviewQueue(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("queue", queue.of(user));
        return "review/queue";
    }

    @PostMapping("/reports/{reportId}/approve")
    String approve(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(reportId, redirect, "report.approved", () -> decisions.approve(reportId, version, comment, user));
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
            if (name.startsWith(VALUE_REASON) && name.endsWith("]")) {
                valueReasons.put(Long.valueOf(name.substring(VALUE_REASON.length(), name.length() - 1)), value);
            }
        });
        return decide(
                reportId,
                redirect,
                "report.returned",
                () -> decisions.returnReport(reportId, version, reason, valueReasons, user));
    }

    @PostMapping("/reports/{reportId}/reopen")
    String reopen(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(reportId, redirect, "report.reopened", () -> decisions.reopen(reportId, version, reason, user));
    }

    private static String decide(Long reportId, RedirectAttributes redirect, String success, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", success);
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + reportId;
    }
}
