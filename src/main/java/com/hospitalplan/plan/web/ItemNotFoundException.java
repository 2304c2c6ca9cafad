package com.hospitalplan.plan.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A goal, indicator, milestone or budget line id that is not part of the plan in the URL. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ItemNotFoundException extends RuntimeException {

    ItemNotFoundException(String what, Long id) {
        super("No " + what + " " + id + " in this plan");
    }
}
