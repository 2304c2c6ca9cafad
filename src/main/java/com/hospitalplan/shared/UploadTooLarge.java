package com.hospitalplan.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the servlet's limit fails before any controller is chosen: answered with 413 through the error
 * page ({@link ErrorAnswers}: the Chinese page, or a problem for JSON clients). The failure is recorded as the error
 * dispatch's exception, so that the dispatch renders the page instead of parsing the oversized body again (and
 * failing again with an empty answer, as Spring's own resolver leaves it).
 */
@Component
class UploadTooLarge implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!(e instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        try {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        } catch (IOException notSent) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
