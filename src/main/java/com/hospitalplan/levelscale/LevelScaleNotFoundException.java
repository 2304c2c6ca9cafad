package com.hospitalplan.levelscale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class LevelScaleNotFoundException extends RuntimeException {

    LevelScaleNotFoundException(String key) {
        super("No level scale " + key);
    }
}
