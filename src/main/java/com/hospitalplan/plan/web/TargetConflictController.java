package com.hospitalplan.plan.web;

import com.hospitalplan.plan.RevisionReasonRequiredException;
import com.hospitalplan.plan.TargetConflicts;
import com.hospitalplan.user.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A planner resolves a target the document states twice: keep the one that counts, or make the other count. */
@Controller
class TargetConflictController {

    private final TargetConflicts conflicts;

    TargetConflictController(TargetConflicts conflicts) {
        this.conflicts = conflicts;
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/alternatives/{alternativeId}/keep")
    String keep(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @PathVariable Long alternativeId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        conflicts.keepTarget(planId, indicatorId, alternativeId, version, user);
        redirect.addFlashAttribute("success", "indicator.conflict.resolved");
        return "redirect:/plans/" + planId + "#indicator-" + indicatorId;
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/alternatives/{alternativeId}/choose")
    String choose(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @PathVariable Long alternativeId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            conflicts.chooseAlternative(planId, indicatorId, alternativeId, version, reason, user);
        } catch (RevisionReasonRequiredException e) {
            redirect.addFlashAttribute("failure", "plan.error.revisionReason");
            return "redirect:/plans/" + planId + "#indicator-" + indicatorId;
        }
        redirect.addFlashAttribute("success", "indicator.conflict.resolved");
        return "redirect:/plans/" + planId + "#indicator-" + indicatorId;
    }
}
