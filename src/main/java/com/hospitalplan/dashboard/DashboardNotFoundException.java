package com.hospitalplan.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan, indicator, institution or region that does not exist or that the user may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DashboardNotFoundException extends RuntimeException {

    DashboardNotFoundException(Object what) {
        super("No dashboard for " + what);
    }
}
