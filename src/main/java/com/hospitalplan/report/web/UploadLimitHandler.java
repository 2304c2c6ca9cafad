package com.hospitalplan.report.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A file beyond the servlet's upload limit goes back to its report with a message, not to an error page. */
@ControllerAdvice
class UploadLimitHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "evidence.error.tooLarge");
        String path = request.getRequestURI().replaceFirst("/evidence.*$", "");
        return path.matches("/reports/\\d+") ? "redirect:" + path : "redirect:/reports";
    }
}
