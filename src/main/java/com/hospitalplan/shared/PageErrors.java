package com.hospitalplan.shared;

import jakarta.validation.ConstraintViolationException;
import java.beans.PropertyEditorSupport;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every page answers what it cannot take: bad input is a 400 page (an upload beyond the limit a 413 page, see
 * {@link UploadTooLarge}), a body of a type no page reads a 415 page, someone else's earlier save the 409 page; all in
 * the user's language, never with an exception's text (the JSON API answers with {@link ApiErrors}). Text with control characters is refused
 * by every page's binder, so no form field or request parameter brings a NUL to the database.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
        binder.setBindingErrorProcessor(new NoUnknownChoices());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView staleEdit() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }

    @ExceptionHandler({
        BindException.class,
        InvalidPropertyException.class,
        TypeMismatchException.class,
        ServletRequestBindingException.class,
        MissingServletRequestParameterException.class,
        HttpMessageNotReadableException.class,
        HandlerMethodValidationException.class,
        ConstraintViolationException.class,
        MultipartException.class
    })
    ModelAndView badRequest() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ModelAndView unsupportedMediaType() {
        return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    /** The error page (templates/error.html) for {@code status}, with its title and text where the bundles have them. */
    static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    /**
     * A choice that is none of the list's (an unknown enum value) is refused without keeping it as the field's value:
     * the form is shown again with nothing chosen, where a select could not show the unknown value anyway.
     */
    private static final class NoUnknownChoices extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException e, BindingResult result) {
            Class<?> type = e instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
            if (type == null || !type.isEnum()) {
                super.processPropertyAccessException(e, result);
                return;
            }
            String field = e.getPropertyName();
            result.addError(new FieldError(
                    result.getObjectName(),
                    field,
                    null,
                    true,
                    result.resolveMessageCodes(e.getErrorCode(), field),
                    null,
                    null));
        }
    }

    /** Text as typed, unless it holds a control character: then a type mismatch, which the form shows at the field. */
    private static final class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (!PlainText.Check.isPlain(text)) {
                throw new IllegalArgumentException("control character");
            }
            setValue(text);
        }
    }
}
