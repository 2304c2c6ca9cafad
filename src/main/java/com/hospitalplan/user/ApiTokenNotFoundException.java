package com.hospitalplan.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ApiTokenNotFoundException extends RuntimeException {

    ApiTokenNotFoundException(Long id) {
        super("No token " + id + " of this user");
    }
}
