package com.hospitalplan.report.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file beyond the servlet's upload limit goes back to the page it came from with a message, not to an error page:
 * evidence and a report workbook to their report, a plan workbook to its import page.
 */
@ControllerAdvice
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        String uri = request.getRequestURI();
        if (uri.matches("/plans(/\\d+)?/import")) {
            redirect.addFlashAttribute("failure", "workbook.error.uploadTooLarge");
            return "redirect:" + uri;
        }
        if (uri.matches("/reports/\\d+/workbook")) {
            redirect.addFlashAttribute("failure", "workbook.error.uploadTooLarge");
            return "redirect:" + uri.replaceFirst("/workbook$", "") + "#workbook";
        }
        redirect.addFlashAttribute("failure", "evidence.error.tooLarge");
        String path = uri.replaceFirst("/evidence.*$", "");
        return path.matches("/reports/\\d+") ? "redirect:" + path : "redirect:/reports";
    }
}
