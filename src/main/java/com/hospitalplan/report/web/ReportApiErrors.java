package com.hospitalplan.report.web;

import com.hospitalplan.report.ReportInputRefusedException;
import com.hospitalplan.report.ReportStateException;
import com.hospitalplan.report.SubmissionRefusedException;
import com.hospitalplan.shared.ApiErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The reporting API's own refusals as RFC 9457 problems (see {@link ApiErrors}) with messages in the caller's
 * language: an incomplete report (422, with each problem as {@code problems}: field and message), a report in a state
 * that does not allow the step (409), values the report's plan does not accept (400, with {@code errors}).
 */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportApiErrors {

    private final ApiErrors problems;

    ReportApiErrors(ApiErrors problems) {
        this.problems = problems;
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<ProblemDetail> incomplete(SubmissionRefusedException e, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "report.check.refused", locale);
        problem.setProperty("problems", fields(e.problems(), locale));
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler(ReportInputRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReportInputRefusedException e, Locale locale) {
        return problems.badRequest(
                e.problems().stream()
                        .map(p -> problems.fieldError(p.field(), p.messageKey(), p.arguments(), locale))
                        .toList(),
                locale);
    }

    @ExceptionHandler(ReportStateException.class)
    ResponseEntity<ProblemDetail> state(ReportStateException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problems.problem(HttpStatus.CONFLICT, e.messageKey(), locale));
    }

    private List<Map<String, String>> fields(List<SubmissionRefusedException.Problem> list, Locale locale) {
        return list.stream()
                .map(p -> problems.fieldError(p.field(), p.messageKey(), null, locale))
                .toList();
    }
}
