package com.hospitalplan.planworkbook.web;

import com.hospitalplan.planworkbook.PlanWorkbookService;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.shared.WorkbookRefusedException;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plan workbooks: a plan's export, the blank template, and imports (upload, preview, confirm) as a new plan or as the
 * new content of a draft. Uploads work as plain form posts; with htmx they show upload progress and, once read,
 * navigate to the preview.
 */
@Controller
class PlanWorkbookController {

    private final PlanWorkbookService workbooks;

    PlanWorkbookController(PlanWorkbookService workbooks) {
        this.workbooks = workbooks;
    }

    @GetMapping("/plans/{planId}/workbook.xlsx")
    ResponseEntity<byte[]> exportPlan(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        return download(workbooks.export(planId, user, locale));
    }

    @GetMapping("/plans/workbook-template.xlsx")
    ResponseEntity<byte[]> downloadTemplate(@AuthenticationPrincipal SignedInUser user) {
        return download(workbooks.template(user));
    }

    @GetMapping("/plans/import")
    String initImportForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        requireImporter(user);
        return showUploadForm(model, null, null);
    }

    @PostMapping("/plans/import")
    ModelAndView processImportForm(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        requireImporter(user);
        return upload(file, null, user, locale, request, response);
    }

    @GetMapping("/plans/{planId}/import")
    String initReplaceForm(
            @PathVariable Long planId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            return showUploadForm(model, workbooks.draft(planId, user, locale), null);
        } catch (WorkbookRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/plans/" + planId;
        }
    }

    @PostMapping("/plans/{planId}/import")
    ModelAndView processReplaceForm(
            @PathVariable Long planId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workbooks.draft(planId, user, locale);
        } catch (WorkbookRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return new ModelAndView("redirect:/plans/" + planId);
        }
        return upload(file, planId, user, locale, request, response);
    }

    @GetMapping("/plans/import/{token}")
    String showPreview(
            @PathVariable String token,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        return workbooks
                .preview(token, user)
                .map(preview -> {
                    model.addAttribute("preview", preview);
                    model.addAttribute("limits", workbooks.limits());
                    model.addAttribute(
                            "draft",
                            preview.replacingPlanId() == null
                                    ? null
                                    : new PlanWorkbookService.Draft(
                                            preview.replacingPlanId(), preview.replacingPlanTitle(), null, null, 0));
                    return "planworkbook/preview";
                })
                .orElseGet(() -> {
                    redirect.addFlashAttribute("failure", "workbook.error.expired");
                    return "redirect:/plans/import";
                });
    }

    @PostMapping("/plans/import/{token}")
    String confirmImport(
            @PathVariable String token, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        try {
            Long planId = workbooks.confirm(token, user);
            redirect.addFlashAttribute("success", "workbook.imported");
            return "redirect:/plans/" + planId;
        } catch (WorkbookRefusedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return workbooks.preview(token, user).isPresent()
                    ? "redirect:/plans/import/" + token
                    : "redirect:/plans/import";
        }
    }

    /** Reads the upload; on success goes to the preview, otherwise shows the form again with the reason. */
    private ModelAndView upload(
            MultipartFile file,
            Long planId,
            SignedInUser user,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        String token;
        try {
            if (file == null || file.isEmpty()) {
                return form(planId, user, locale, new Refusal("workbook.error.noFile", new Object[0]));
            }
            token = workbooks.read(file.getBytes(), file.getOriginalFilename(), planId, user, locale);
        } catch (WorkbookRefusedException e) {
            return form(planId, user, locale, new Refusal(e.messageKey(), e.arguments()));
        } catch (IOException e) {
            return form(planId, user, locale, new Refusal("workbook.error.damaged", new Object[0]));
        }
        String preview = "/plans/import/" + token;
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx follows redirects itself and would swap the preview into the form: let the browser navigate
            response.setHeader("HX-Redirect", request.getContextPath() + preview);
            return new ModelAndView("planworkbook/upload :: redirecting");
        }
        return new ModelAndView("redirect:" + preview);
    }

    /** The upload page again, saying why the file was refused. */
    private ModelAndView form(Long planId, SignedInUser user, Locale locale, Refusal refusal) {
        ModelAndView form = new ModelAndView("planworkbook/upload");
        form.addObject("limits", workbooks.limits());
        form.addObject("draft", planId == null ? null : workbooks.draft(planId, user, locale));
        form.addObject("refusal", refusal);
        return form;
    }

    private String showUploadForm(Model model, PlanWorkbookService.Draft draft, Refusal refusal) {
        model.addAttribute("draft", draft);
        model.addAttribute("refusal", refusal);
        model.addAttribute("limits", workbooks.limits());
        return "planworkbook/upload";
    }

    private void requireImporter(SignedInUser user) {
        if (!workbooks.mayImport(user)) {
            throw new AccessDeniedException("Only planners import plans");
        }
    }

    private static ResponseEntity<byte[]> download(PlanWorkbookService.Download file) {
        return Downloads.xlsx(file.fileName(), file.content());
    }

    /** Why a file was refused: a message key and its arguments. */
    record Refusal(String key, Object[] args) {}
}
