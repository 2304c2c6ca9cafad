package com.hospitalplan.targets;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The live "how we understood your target" line under a target field (htmx swaps it in as the officer types). */
@Controller
class TargetPreviewController {

    private final TargetService targets;

    TargetPreviewController(TargetService targets) {
        this.targets = targets;
    }

    @GetMapping("/targets/preview")
    String preview(
            @RequestParam(name = "target", defaultValue = "") String text,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String valueKind,
            @RequestParam(required = false) String name,
            Locale locale,
            Model model) {
        model.addAttribute("understanding", targets.understand(text, unit, knownKind(valueKind), name, locale));
        return "targets/preview :: preview";
    }

    /** Only the value kinds there are: anything else is not a kind and gives no warning. */
    private static String knownKind(String valueKind) {
        return valueKind != null
                        && java.util.Set.of("NUMBER", "PERCENTAGE", "LEVEL", "YES_NO")
                                .contains(valueKind)
                ? valueKind
                : null;
    }
}
