package com.hospitalplan.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for system administrators only (the security chain admits only ADMIN to /admin/**; the annotation
 * says so again here): a filtered page of records, newest first, and the same rows as CSV. A filter that cannot be
 * read (a date that is no date, an unknown kind) is shown again with the reason, and nothing is listed.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditRecords records;
    private final AuditCsv csv;
    private final Clock clock;

    AuditController(AuditRecords records, AuditCsv csv, Clock clock) {
        this.records = records;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String list(
            @Valid @ModelAttribute("filter") AuditFilter filter,
            BindingResult result,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute(
                "records", result.hasErrors() ? AuditPage.empty() : records.page(filter, pageNumber(page), PAGE_SIZE));
        return "admin/audit/list";
    }

    @GetMapping("/admin/audit/export")
    String export(
            @Valid @ModelAttribute("filter") AuditFilter filter,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("kinds", AuditKind.values());
            model.addAttribute("records", AuditPage.empty());
            return "admin/audit/list";
        }
        String filename = "audit-log-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        csv.write(filter, locale, response.getWriter());
        return null;
    }

    /** The page asked for; the first for anything that is not a page number. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
