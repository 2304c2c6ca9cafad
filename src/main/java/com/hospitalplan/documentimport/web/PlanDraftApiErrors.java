package com.hospitalplan.documentimport.web;

import com.hospitalplan.documentimport.DocumentRefusedException;
import com.hospitalplan.shared.ApiErrors;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused document as an RFC 9457 problem with the reason in the caller's language: 413 for a file beyond the size,
 * page or length limits, 400 for any other reason (empty, encrypted, scanned, no document).
 */
@RestControllerAdvice(assignableTypes = PlanDraftApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanDraftApiErrors {

    private static final Set<String> TOO_LARGE =
            Set.of("document.refused.tooLarge", "document.refused.tooManyPages", "document.refused.tooLong");

    private final MessageSource messages;
    private final ApiErrors problems;

    PlanDraftApiErrors(MessageSource messages, ApiErrors problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(DocumentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException e, Locale locale) {
        HttpStatus status = TOO_LARGE.contains(e.messageKey()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = problems.problem(status, locale);
        problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), locale));
        return ResponseEntity.status(status).body(problem);
    }
}
