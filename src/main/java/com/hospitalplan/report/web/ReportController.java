package com.hospitalplan.report.web;

import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportService;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.report.SubmissionRefusedException;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports: the reporter's list and form, the reviewer's queue and decisions. */
@Controller
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/reports")
    String myReports(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("assignments", reports.assignments(user));
        return "reports/mine";
    }

    @PostMapping("/periods/{periodId}/reports")
    String startReport(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        return "redirect:/reports/" + reports.startReport(periodId, user);
    }

    @GetMapping("/reports/{reportId}")
    String showReport(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ReportViews.ReportPage page = reports.page(reportId, user, locale);
        return show(page, ReportForm.of(page), model);
    }

    @PostMapping("/reports/{reportId}")
    String saveReport(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ReportViews.ReportPage page = reports.page(reportId, user, locale);
        Map<String, String> errors = new HashMap<>();
        var input = form.input(page, errors);
        if (!errors.isEmpty()) {
            errors.forEach((field, key) -> result.rejectValue(field, key));
            return show(page, form, model);
        }
        try {
            reports.save(reportId, form.getVersion(), input, user);
            if ("submit".equals(action)) {
                long saved = reports.page(reportId, user, locale).version();
                reports.submit(reportId, saved, user);
                redirect.addFlashAttribute("success", "report.submitted");
                return "redirect:/reports/" + reportId;
            }
        } catch (SubmissionRefusedException e) {
            ReportViews.ReportPage current = reports.page(reportId, user, locale);
            ReportForm refreshed = ReportForm.of(current);
            BindingResult refreshedResult =
                    new org.springframework.validation.BeanPropertyBindingResult(refreshed, "form");
            for (SubmissionRefusedException.Problem problem : e.problems()) {
                refreshedResult.rejectValue(field(problem.field()), problem.messageKey());
            }
            refreshedResult.reject("report.check.refused");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refreshedResult);
            return show(current, refreshed, model);
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/reports/" + reportId;
        }
        redirect.addFlashAttribute("success", "report.saved");
        return "redirect:/reports/" + reportId;
    }

    @PostMapping("/reports/{reportId}/evidence")
    String addEvidence(
            @PathVariable Long reportId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Optional<String> refusal = reports.addEvidence(
                    reportId,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    user);
            redirect.addFlashAttribute(refusal.isPresent() ? "failure" : "success", refusal.orElse("evidence.added"));
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + reportId + "#evidence";
    }

    @GetMapping("/reports/{reportId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> downloadEvidence(
            @PathVariable Long reportId, @PathVariable Long evidenceId, @AuthenticationPrincipal SignedInUser user) {
        ReportViews.EvidenceFile file = reports.evidenceFile(reportId, evidenceId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @PostMapping("/reports/{reportId}/evidence/{evidenceId}/remove")
    String removeEvidence(
            @PathVariable Long reportId,
            @PathVariable Long evidenceId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            reports.removeEvidence(reportId, evidenceId, user);
            redirect.addFlashAttribute("success", "evidence.removed");
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + reportId + "#evidence";
    }

    @GetMapping("/reviews")
    String reviewQueue(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("queue", reports.reviewQueue(user));
        return "reports/reviews";
    }

    @PostMapping("/reports/{reportId}/approve")
    String approve(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(reportId, redirect, "report.approved", () -> reports.approve(reportId, version, user));
    }

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
            if (name.startsWith("valueReason[") && name.endsWith("]")) {
                valueReasons.put(Long.valueOf(name.substring(12, name.length() - 1)), value);
            }
        });
        return decide(
                reportId,
                redirect,
                "report.returned",
                () -> reports.returnReport(reportId, version, reason, valueReasons, user));
    }

    @PostMapping("/reports/{reportId}/reopen")
    String reopen(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return decide(reportId, redirect, "report.reopened", () -> reports.reopen(reportId, version, reason, user));
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

    private static String show(ReportViews.ReportPage page, ReportForm form, Model model) {
        model.addAttribute("report", page);
        model.addAttribute("form", form);
        model.addAttribute("progressValues", MilestoneProgress.values());
        return "reports/show";
    }

    /** "value-12" → "values[12]", "milestone-5" → "milestoneStatus[5]", "remark-5" → "milestoneRemark[5]". */
    private static String field(String problemField) {
        String id = problemField.substring(problemField.indexOf('-') + 1);
        if (problemField.startsWith("value-")) {
            return "values[" + id + "]";
        }
        return problemField.startsWith("remark-") ? "milestoneRemark[" + id + "]" : "milestoneStatus[" + id + "]";
    }
}
