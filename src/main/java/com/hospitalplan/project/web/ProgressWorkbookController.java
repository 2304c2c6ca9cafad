package com.hospitalplan.project.web;

import com.hospitalplan.project.ProgressWorkbookRefused;
import com.hospitalplan.project.ProjectProgressWorkbook;
import com.hospitalplan.report.ReportDrafting;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.shared.WorkbookRefusedException;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project progress workbook of the user's unit for a period: template, export, upload, preview and confirmation.
 * Only a reporter of a unit that may read the period's plan gets any of it (everyone else: not found); the unit writes
 * its projects' progress only while its report may be written ({@link ProjectProgressWorkbook}).
 */
@Controller
class ProgressWorkbookController {

    private final ProjectProgressWorkbook workbooks;

    ProgressWorkbookController(ProjectProgressWorkbook workbooks) {
        this.workbooks = workbooks;
    }

    @GetMapping("/periods/{periodId}/project-progress/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        ProjectProgressWorkbook.Download file = workbooks.template(periodId, user);
        return Downloads.xlsx(file.fileName(), file.content());
    }

    @GetMapping("/periods/{periodId}/project-progress/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user) {
        ProjectProgressWorkbook.Download file = workbooks.export(periodId, user);
        return Downloads.xlsx(file.fileName(), file.content());
    }

    @GetMapping("/periods/{periodId}/project-progress/workbook")
    String uploadForm(@PathVariable Long periodId, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("unit", workbooks.unit(periodId, user));
        return "projects/progress-workbook";
    }

    @PostMapping("/periods/{periodId}/project-progress/workbook")
    String upload(
            @PathVariable Long periodId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        ReportDrafting.UnitPeriod unit = workbooks.unit(periodId, user);
        model.addAttribute("unit", unit);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", "workbook.error.noFile");
            model.addAttribute("refusalArgs", new Object[0]);
            return "projects/progress-workbook";
        }
        String token;
        try {
            token = workbooks.upload(periodId, file.getBytes(), file.getOriginalFilename(), user);
        } catch (WorkbookRefusedException e) {
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArgs", e.arguments());
            return "projects/progress-workbook";
        }
        String preview = "/periods/" + periodId + "/project-progress/workbook/" + token;
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx follows redirects itself and would swap the preview into the form: let the browser navigate
            response.setHeader("HX-Redirect", request.getContextPath() + preview);
            return "projects/progress-workbook :: redirecting";
        }
        return "redirect:" + preview;
    }

    @GetMapping("/periods/{periodId}/project-progress/workbook/{token}")
    String preview(
            @PathVariable Long periodId,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ReportDrafting.UnitPeriod unit = workbooks.unit(periodId, user);
        model.addAttribute("unit", unit);
        workbooks
                .preview(periodId, token, user)
                .ifPresentOrElse(
                        preview -> {
                            model.addAttribute("preview", preview);
                            model.addAttribute("reading", preview.reading());
                            model.addAttribute("fileName", preview.fileName());
                            model.addAttribute("token", token);
                        },
                        () -> {
                            model.addAttribute("refusal", "projectWorkbook.error.expired");
                            model.addAttribute("refusalArgs", new Object[0]);
                        });
        return "projects/progress-workbook";
    }

    @PostMapping("/periods/{periodId}/project-progress/workbook/{token}")
    String confirm(
            @PathVariable Long periodId,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            Long reportId = workbooks.confirm(periodId, token, user);
            redirect.addFlashAttribute("success", "projectWorkbook.saved");
            return "redirect:/reports/" + reportId + "#project-progress";
        } catch (ProgressWorkbookRefused e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/periods/" + periodId + "/project-progress/workbook/" + token;
        }
    }
}
