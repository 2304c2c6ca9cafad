package com.hospitalplan.report.web;

import com.hospitalplan.config.AppProperties;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.shared.WorkbookFiles;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.shared.WorkbookRefusedException;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * A report as a workbook to fill in offline, and back. Whoever may read a report may download it; only whoever may
 * edit it may upload. An upload is read and checked cell by cell and shown as a preview; nothing is saved until the
 * reporter confirms, and the confirmation goes through the report form's own save (its checks, its version).
 */
@Controller
class ReportWorkbookController {

    private final ReportPages reports;
    private final WorkbookLimits limits;

    ReportWorkbookController(ReportPages reports, AppProperties properties) {
        this.reports = reports;
        this.limits = properties.workbook().limits();
    }

    @GetMapping("/reports/{reportId}/workbook.xlsx")
    ResponseEntity<byte[]> download(
            @PathVariable Long reportId, @AuthenticationPrincipal SignedInUser user, Locale locale) {
        ReportViews.ReportPage page = reports.page(reportId, user, locale);
        String name = page.organizationName() + " " + ReportWorkbookWriter.periodLabel(page.period()) + " 进展报告.xlsx";
        return Downloads.xlsx(name, ReportWorkbookWriter.write(page));
    }

    @PostMapping("/reports/{reportId}/workbook")
    String upload(
            @PathVariable Long reportId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        ReportViews.ReportPage page = reports.page(reportId, user, locale);
        if (!page.editable()) {
            redirect.addFlashAttribute("failure", "report.workbook.notEditable");
            return "redirect:/reports/" + reportId;
        }
        model.addAttribute("report", page);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", "workbook.error.noFile");
            model.addAttribute("refusalArgs", new Object[0]);
            return "reports/workbook";
        }
        try (XSSFWorkbook workbook = WorkbookFiles.open(file.getBytes(), limits)) {
            model.addAttribute("reading", ReportWorkbookReader.read(workbook, page));
        } catch (WorkbookRefusedException e) {
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArgs", e.arguments());
        }
        return "reports/workbook";
    }
}
