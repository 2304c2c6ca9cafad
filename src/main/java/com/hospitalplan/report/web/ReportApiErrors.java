package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.SubmissionRefusedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The reporting API's refusals as JSON with messages in the caller's language (never an exception text). */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
class ReportApiErrors {

    private final MessageSource messages;

    ReportApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<Map<String, Object>> incomplete(SubmissionRefusedException e, Locale locale) {
        List<Map<String, String>> problems = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), null, locale)))
                .toList();
        return ResponseEntity.unprocessableEntity()
                .body(Map.of("error", messages.getMessage("report.check.refused", null, locale), "problems", problems));
    }

    @ExceptionHandler(ReportStateException.class)
    ResponseEntity<Map<String, Object>> state(ReportStateException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("error", messages.getMessage(e.messageKey(), null, locale)));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Map<String, Object>> stale(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("error", messages.getMessage("error.409.text", null, locale)));
    }
}
