package com.hospitalplan.project.web;

import com.hospitalplan.project.ProjectInputRefused;
import com.hospitalplan.shared.ApiErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

    private final ApiErrors problems;

    ProjectApiErrors(ApiErrors problems) {
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

    /** A 400 naming the one field at fault; its message is the problem's detail too. */
    private ResponseEntity<ProblemDetail> badRequest(String field, String key, Locale locale) {
        Map<String, String> error = problems.fieldError(field, key, null, locale);
        ResponseEntity<ProblemDetail> answer = problems.badRequest(List.of(error), locale);
        answer.getBody().setDetail(error.get("message"));
        return answer;
    }
}
