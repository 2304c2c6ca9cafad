package com.hospitalplan.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganizationNotFoundException extends RuntimeException {

    OrganizationNotFoundException(Long id) {
        super("No organisation " + id);
    }
}
