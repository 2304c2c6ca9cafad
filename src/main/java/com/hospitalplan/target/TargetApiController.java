package com.hospitalplan.target;

import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The target parser as JSON: any signed-in user or API token holder may use it. */
@RestController
class TargetApiController {

    private final TargetService targets;

    TargetApiController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping("/api/v1/targets/parse")
    TargetUnderstanding parse(
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) String unit, Locale locale) {
        return targets.understand(text, unit, locale);
    }
}
