package com.hospitalplan.plan.web;

import com.hospitalplan.plan.PlanStateException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change the plan's status does not allow (a closed plan's goal moved, an item of it deleted, a reading accepted):
 * back to the plan with the reason, as the plan's own steps do, instead of a server error.
 */
@ControllerAdvice(basePackageClasses = PlanStepRefusals.class)
class PlanStepRefusals {

    @ExceptionHandler(PlanStateException.class)
    String refused(PlanStateException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", e.messageKey());
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String planId = variables == null ? null : variables.get("planId");
        return planId == null || !planId.matches("\\d+") ? "redirect:/plans" : "redirect:/plans/" + planId;
    }
}
