package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectInputRefused;
import com.hospitalplan.shared.ApiErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The projects API's own refusals as RFC 9457 problems (see {@link ApiErrors}): input a project does not take (an
 * unknown goal or institution, a date that cannot be read, a move without a reason, a figure of a phase the project
 * does not have) is a 400 with {@code errors}, each field with its message in the caller's language.
 */
@RestControllerAdvice(assignableTypes = ProjectApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProjectApiErrors {

    private final MessageSource messages;
    private final ApiErrors problems;

    ProjectApiErrors(MessageSource messages, ApiErrors problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(ProjectInputRefused.class)
    ResponseEntity<ProblemDetail> refused(ProjectInputRefused e, Locale locale) {
        return badRequest(e.field(), e.messageKey(), locale);
    }

    @ExceptionHandler(ProjectApiRefused.class)
    ResponseEntity<ProblemDetail> refused(ProjectApiRefused e, Locale locale) {
        return badRequest(e.field(), e.messageKey(), locale);
    }

    /** The project refuses figures it cannot hold (a phase it does not have); the form's message says so. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> figures(Locale locale) {
        return badRequest("rows", "project.form.figuresRefused", locale);
    }

    private ResponseEntity<ProblemDetail> badRequest(String field, String key, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, locale);
        String message = messages.getMessage(key, null, locale);
        problem.setDetail(message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return ResponseEntity.badRequest().body(problem);
    }
}
