package com.hospitalplan.project;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such project or stage, or a project of a plan the user may not read (never told apart). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProjectNotFoundException extends RuntimeException {

    ProjectNotFoundException(String what, Long id) {
        super("No " + what + " " + id);
    }
}
