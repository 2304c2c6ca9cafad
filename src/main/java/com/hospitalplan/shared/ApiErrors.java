package com.hospitalplan.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * How the JSON API (every {@code @RestController}, all under /api) answers what it cannot do: an RFC 9457 problem
 * ({@code application/problem+json}) with a title and detail in the caller's language and, for bad input, the fields
 * at fault ({@code errors}: field and message). 400 for malformed input, 404 for an unknown id, 409 for a stale version,
 * 413 for an upload beyond the limit, 415 for a body that is not JSON; never an exception's text or a Java type.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A problem of {@code status} with the localized title and text of that status. */
    public ProblemDetail problem(HttpStatusCode status, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        int code = status.value();
        String generic = code >= 500 ? "error.5xx" : "error." + code;
        problem.setTitle(messages.getMessage(
                generic + ".title", null, messages.getMessage("error.title", null, locale), locale));
        problem.setDetail(messages.getMessage(
                generic + ".text", null, messages.getMessage("error.generic.text", null, locale), locale));
        return problem;
    }

    /** A problem of {@code status} whose detail is the message {@code key}. */
    public ProblemDetail problem(HttpStatusCode status, String key, Locale locale) {
        ProblemDetail problem = problem(status, locale);
        problem.setDetail(messages.getMessage(key, null, locale));
        return problem;
    }

    /** A 400 whose {@code errors} name the fields at fault, each with its message (see {@link #fieldError}). */
    public ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** One entry of a problem's {@code errors}: the field and the message {@code key} in the caller's language. */
    public Map<String, String> fieldError(String field, String key, Object[] args, Locale locale) {
        return error(field, messages.getMessage(key, args, locale));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(status, locale);
        List<Map<String, String>> errors = fieldErrors(e, locale);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, locale));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e, Locale locale) {
        return badRequest(
                e.getConstraintViolations().stream()
                        .map(v -> error(v.getPropertyPath().toString(), v.getMessage()))
                        .toList(),
                locale);
    }

    /** Anything else: the status its class declares (an unknown id is 404), otherwise 500 without a word of it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request, Locale locale) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        HttpStatus status = declared != null ? declared.code() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        }
        return ResponseEntity.status(status).body(problem(status, locale));
    }

    /** The fields at fault, each with a message in the caller's language. */
    private List<Map<String, String>> fieldErrors(Exception e, Locale locale) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (e instanceof MethodArgumentNotValidException invalid) {
            addAll(errors, invalid.getBindingResult(), locale);
        } else if (e instanceof HandlerMethodValidationException invalid) {
            for (ParameterErrors parameter : invalid.getBeanResults()) {
                addAll(errors, parameter, locale);
            }
            invalid.getValueResults()
                    .forEach(result -> result.getResolvableErrors()
                            .forEach(error -> errors.add(error(
                                    result.getMethodParameter().getParameterName(),
                                    messages.getMessage(error, locale)))));
        } else if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            errors.add(error(mismatch.getName(), typeMismatch(mismatch.getRequiredType(), locale)));
        } else if (e instanceof HttpMessageNotReadableException unreadable
                && unreadable.getCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            Class<?> type = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            errors.add(error(path(json), typeMismatch(type, locale)));
        }
        return errors;
    }

    private void addAll(List<Map<String, String>> errors, org.springframework.validation.Errors result, Locale locale) {
        for (FieldError field : result.getFieldErrors()) {
            errors.add(error(field.getField(), messages.getMessage(field, locale)));
        }
        if (result instanceof BindingResult binding) {
            binding.getGlobalErrors().forEach(global -> errors.add(error("", messages.getMessage(global, locale))));
        }
    }

    private String typeMismatch(Class<?> type, Locale locale) {
        String generic = messages.getMessage("typeMismatch", null, locale);
        return type == null ? generic : messages.getMessage("typeMismatch." + type.getName(), null, generic, locale);
    }

    /** Where in the JSON the value was: {@code values[12].number}. */
    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null && !(reference.from() instanceof Map)) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getPropertyName() != null) {
                path.append('[').append(reference.getPropertyName()).append(']');
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
