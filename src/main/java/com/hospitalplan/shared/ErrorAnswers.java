package com.hospitalplan.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The answer to an error no controller answered: an unknown address, a method or body type no route takes, an upload
 * beyond the servlet's limit (Tomcat's own 413), a failure in a filter. Pages get the error pages in the user's
 * language (templates/error.html and templates/error/), JSON clients an RFC 9457 problem like {@link ApiErrors}'s;
 * neither ever shows an exception, a message or a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers extends BasicErrorController {

    private final ApiErrors problems;

    ErrorAnswers(ErrorAttributes attributes, List<ErrorViewResolver> views, ApiErrors problems) {
        super(attributes, new ErrorProperties(), views);
        this.problems = problems;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        ProblemDetail problem = problems.problem(status, RequestContextUtils.getLocale(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.getTitle());
        body.put("status", status.value());
        body.put("detail", problem.getDetail());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            body.put("instance", path);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
