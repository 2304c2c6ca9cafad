package com.hospitalplan.shared;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Someone else saved the same record first: show the localized 409 page instead of overwriting their change or
 * failing with a 500.
 */
@ControllerAdvice
class ConflictHandler {

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView staleEdit() {
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }
}
