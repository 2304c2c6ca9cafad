package com.hospitalplan.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, goal, indicator, milestone or budget line, or one the user may not see (never told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

    PlanNotFoundException(String what, Long id) {
        super("No " + what + " " + id);
    }
}
