package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportPages;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A report's evidence files: uploaded and removed by its reporters, downloaded by whoever reads the report. From the
 * report form (htmx) an upload or removal answers with the evidence list alone, swapped in place, so what the reporter
 * has typed into the form stays; without script the page is loaded again as before.
 */
@Controller
class ReportEvidenceController {

    private static final String HTMX = "HX-Request";

    private final ReportEvidenceService evidence;
    private final ReportPages pages;

    ReportEvidenceController(ReportEvidenceService evidence, ReportPages pages) {
        this.evidence = evidence;
        this.pages = pages;
    }

    @PostMapping("/reports/{reportId}/evidence")
    ModelAndView addEvidence(
            @PathVariable Long reportId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Optional<String> refusal;
        try {
            refusal = evidence.addEvidence(
                    reportId,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(),
                    user);
        } catch (ReportStateException e) {
            refusal = Optional.of(e.messageKey());
        }
        return answer(reportId, refusal, "evidence.added", htmx, user, locale, redirect);
    }

    @GetMapping("/reports/{reportId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> downloadEvidence(
            @PathVariable Long reportId, @PathVariable Long evidenceId, @AuthenticationPrincipal SignedInUser user) {
        ReportViews.EvidenceFile file = evidence.evidenceFile(reportId, evidenceId, user);
        return Downloads.file(file.filename(), MediaType.parseMediaType(file.contentType()), file.content());
    }

    @PostMapping("/reports/{reportId}/evidence/{evidenceId}/remove")
    ModelAndView removeEvidence(
            @PathVariable Long reportId,
            @PathVariable Long evidenceId,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<String> refusal = Optional.empty();
        try {
            evidence.removeEvidence(reportId, evidenceId, user);
        } catch (ReportStateException e) {
            refusal = Optional.of(e.messageKey());
        }
        return answer(reportId, refusal, "evidence.removed", htmx, user, locale, redirect);
    }

    /**
     * For htmx the evidence list with the outcome (a refusal as 422, which the page swaps in too); otherwise back to
     * the report page with the outcome as its message.
     */
    private ModelAndView answer(
            Long reportId,
            Optional<String> refusal,
            String success,
            boolean htmx,
            SignedInUser user,
            Locale locale,
            RedirectAttributes redirect) {
        if (!htmx) {
            redirect.addFlashAttribute(refusal.isPresent() ? "failure" : "success", refusal.orElse(success));
            return new ModelAndView("redirect:/reports/" + reportId + "#evidence");
        }
        ModelAndView list = new ModelAndView("reports/show :: evidence");
        list.addObject("report", pages.page(reportId, user, locale));
        list.addObject(refusal.isPresent() ? "evidenceFailure" : "evidenceSuccess", refusal.orElse(success));
        list.setStatus(refusal.isPresent() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK);
        return list;
    }
}
