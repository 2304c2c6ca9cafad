package com.hospitalplan.report.web;

import com.hospitalplan.report.NewPeriod;
import com.hospitalplan.report.PeriodKind;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.ReportingPeriods;
import com.hospitalplan.user.SignedInUser;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's reporting periods: everyone who reads the plan sees them; its planners and reviewers open and close them. */
@Controller
class PeriodController {

    private final ReportingPeriods periods;

    PeriodController(ReportingPeriods periods) {
        this.periods = periods;
    }

    @GetMapping("/plans/{planId}/periods")
    String listPeriods(@PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("periods", periods.periods(planId, user));
        model.addAttribute("mayManage", periods.mayManagePeriods(planId, user));
        model.addAttribute("kinds", PeriodKind.values());
        return "reports/periods";
    }

    @PostMapping("/plans/{planId}/periods")
    String openPeriod(
            @PathVariable Long planId,
            @RequestParam(required = false) PeriodKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int part,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(defaultValue = "0") int graceDays,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Optional<String> refusal =
                periods.openPeriod(planId, new NewPeriod(kind, year, part, opensOn, dueOn, graceDays), user);
        redirect.addFlashAttribute(refusal.isPresent() ? "failure" : "success", refusal.orElse("period.opened"));
        return "redirect:/plans/" + planId + "/periods";
    }

    @GetMapping("/periods/{periodId}")
    String showPeriod(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reports", periods.unitReports(periodId, user));
        return "reports/period";
    }

    @PostMapping("/periods/{periodId}/reopen")
    String reopenForInstitution(
            @PathVariable Long periodId,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Long reportId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        String back = reportId == null ? "redirect:/periods/" + periodId : "redirect:/reports/" + reportId;
        if (organizationId == null) {
            redirect.addFlashAttribute("failure", "period.error.incomplete");
            return back;
        }
        try {
            periods.reopenFor(periodId, organizationId, until, reason, user);
            redirect.addFlashAttribute("success", "period.reopenedFor");
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return back;
    }

    @PostMapping("/periods/{periodId}/close")
    String closePeriod(
            @PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Long planId = periods.closePeriod(periodId, user);
        redirect.addFlashAttribute("success", "period.closed");
        return "redirect:/plans/" + planId + "/periods";
    }
}
