package com.hospitalplan.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The target parser as JSON: any signed-in user or API token holder may use it. */
@RestController
@Tag(name = "targets", description = "How the product reads a target as a document writes it")
class TargetApiController {

    private final TargetService targets;

    TargetApiController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping("/api/v1/targets/parse")
    @Operation(
            operationId = "parseTarget",
            summary = "How a target such as 45%左右, 每年6人以上 or 90%的县级医院达到推荐标准 is understood",
            description = "text: the target as the document writes it (at most 500 characters); unit: the indicator's"
                    + " unit. Answers understood, target (measure, aggregation — LATEST, CHANGE, PER_YEAR, SUM,"
                    + " SHARE_OF_SET, COUNT_OF_SET —, bound, value, upper, strict, unit, level, targetYear where the"
                    + " text gives one, baseYear, spanYears, condition, hedge, approximate, derived), description (in"
                    + " short), reading (the whole reading as a sentence, 理解为：…), warnings and, when not"
                    + " understood, error in the caller's language. See docs/targets.md.")
    TargetUnderstanding parse(
            @RequestParam(defaultValue = "") String text, @RequestParam(required = false) String unit, Locale locale) {
        return targets.understand(text, unit, locale);
    }
}
