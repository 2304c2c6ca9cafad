package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportEvidenceService;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.ReportViews;
import com.hospitalplan.shared.Downloads;
import com.hospitalplan.user.SignedInUser;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A report's evidence files: uploaded and removed by its reporters, downloaded by whoever reads the report. */
@Controller
class ReportEvidenceController {

    private final ReportEvidenceService evidence;

    ReportEvidenceController(ReportEvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping("/reports/{reportId}/evidence")
    String addEvidence(
            @PathVariable Long reportId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect)
            throws IOException {
        try {
            Optional<String> refusal = evidence.addEvidence(
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
        ReportViews.EvidenceFile file = evidence.evidenceFile(reportId, evidenceId, user);
        return Downloads.file(file.filename(), MediaType.parseMediaType(file.contentType()), file.content());
    }

    @PostMapping("/reports/{reportId}/evidence/{evidenceId}/remove")
    String removeEvidence(
            @PathVariable Long reportId,
            @PathVariable Long evidenceId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            evidence.removeEvidence(reportId, evidenceId, user);
            redirect.addFlashAttribute("success", "evidence.removed");
        } catch (ReportStateException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/reports/" + reportId + "#evidence";
    }
}
