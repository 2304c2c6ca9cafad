package com.hospitalplan.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report or period, or one the user may not see (never told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

    ReportNotFoundException(String what, Long id) {
        super("No " + what + " " + id);
    }
}
