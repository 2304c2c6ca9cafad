package com.hospitalplan.report.web;

import com.hospitalplan.report.MilestoneProgress;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.report.ReportInput;
import com.hospitalplan.report.ReportInputRefusedException;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportSection;
import com.hospitalplan.report.ReportSections;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.report.SubmissionRefusedException;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports: the reporter's list, a report's page and the reporter's form. */
@Controller
class ReportController {

    private final ReportPages pages;
    private final ReportDrafting drafting;
    private final ReportSections sections;
    private final Validator validator;

    ReportController(ReportPages pages, ReportDrafting drafting, ReportSections sections, Validator validator) {
        this.pages = pages;
        this.drafting = drafting;
        this.sections = sections;
        this.validator = validator;
    }

    @GetMapping("/reports")
    String myReports(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("assignments", pages.assignments(user));
        return "reports/mine";
    }

    @PostMapping("/periods/{periodId}/reports")
    String startReport(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        return "redirect:/reports/" + drafting.startReport(periodId, user);
    }

    @GetMapping("/reports/{reportId}")
    String showReport(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        ReportViews.ReportPage page = pages.page(reportId, user, locale);
        return show(page, ReportForm.of(page), model);
    }

    @PostMapping("/reports/{reportId}")
    String saveReport(
            @PathVariable Long reportId,
            @RequestParam(defaultValue = "save") String action,
            @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @RequestParam Map<String, String> sent,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReportViews.ReportPage page = pages.page(reportId, user, locale);
        Map<String, String> errors = new HashMap<>();
        var input = form.input(page, errors);
        for (ConstraintViolation<ReportInput> violation : validator.validate(input)) {
            String field = ReportForm.fieldOf(violation.getPropertyPath().toString());
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "invalid", violation.getMessage());
            }
        }
        Map<String, String> sectionProblems = page.editable() ? sections.check(page, sent) : Map.of();
        model.addAttribute("sectionInput", new ReportSection.Typed(sent, sectionProblems));
        if (!sectionProblems.isEmpty()) {
            result.reject("report.section.refused");
        }
        if (!errors.isEmpty() || result.hasErrors()) {
            errors.forEach((field, key) -> result.rejectValue(field, key));
            return show(page, form, model);
        }
        try {
            if ("submit".equals(action)) {
                drafting.saveAndSubmit(reportId, form.getVersion(), input, sent, user);
                redirect.addFlashAttribute("success", "report.submitted");
                return "redirect:/reports/" + reportId;
            }
            drafting.save(reportId, form.getVersion(), input, sent, user);
        } catch (SubmissionRefusedException e) {
            ReportViews.ReportPage current = pages.page(reportId, user, locale);
            ReportForm refreshed = ReportForm.of(current);
            BindingResult refreshedResult =
                    new org.springframework.validation.BeanPropertyBindingResult(refreshed, "form");
            for (SubmissionRefusedException.Problem problem : e.problems()) {
                refreshedResult.rejectValue(field(problem.field()), problem.messageKey());
            }
            refreshedResult.reject("report.check.refused");
            model.asMap().remove("sectionInput");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refreshedResult);
            return show(current, refreshed, model);
        } catch (ReportInputRefusedException e) {
            for (ReportInputRefusedException.Problem problem : e.problems()) {
                result.rejectValue(
                        ReportForm.fieldOf(problem.field()), problem.messageKey(), problem.arguments(), null);
            }
            return show(page, form, model);
        } catch (ReportStateException e) {
            return refusedAsTyped(reportId, form, result, e.messageKey(), user, locale, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            return stale(reportId, form, result, user, locale, model, response);
        }
        redirect.addFlashAttribute("success", "report.saved");
        return "redirect:/reports/" + reportId;
    }

    /**
     * Saved elsewhere meanwhile (another window): the form again as typed, at the current version, so that saving
     * again keeps what was typed; 409. A report that is no longer editable there (submitted) says so instead.
     */
    private String stale(
            Long reportId,
            ReportForm form,
            BindingResult result,
            SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        ReportViews.ReportPage current = pages.page(reportId, user, locale);
        if (!current.editable()) {
            return refusedAsTyped(reportId, form, result, "report.error.locked", user, locale, model, response);
        }
        form.setVersion(current.version());
        result.reject("report.error.stale");
        response.setStatus(HttpStatus.CONFLICT.value());
        return show(current, form, model);
    }

    /**
     * The report can no longer be changed here (submitted or approved meanwhile, or its period closed): the page as it
     * is now with the message at the top of the form and, read-only, everything that was typed ({@code keptInput}), so
     * that nothing is lost; 409.
     */
    private String refusedAsTyped(
            Long reportId,
            ReportForm form,
            BindingResult result,
            String messageKey,
            SignedInUser user,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        ReportViews.ReportPage current = pages.page(reportId, user, locale);
        result.reject(messageKey);
        model.addAttribute("keptInput", !current.editable());
        response.setStatus(HttpStatus.CONFLICT.value());
        return show(current, form, model);
    }

    /** The report page: the report, its form, and the reviewer's (empty unless given) decision forms. */
    static String show(ReportViews.ReportPage page, ReportForm form, Model model) {
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm());
        }
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
