package com.hospitalplan.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class RegionNotFoundException extends RuntimeException {

    RegionNotFoundException(String code) {
        super("No region " + code);
    }
}
