package com.hospitalplan.plan.web;

import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.TargetReadingReview;
import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's targets that a newer parser reads differently, for its planners to accept (nothing changes silently). */
@Controller
class TargetReadingController {

    private final TargetReadingReview review;
    private final PlanService plans;

    TargetReadingController(TargetReadingReview review, PlanService plans) {
        this.review = review;
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}/readings")
    String changes(@PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        model.addAttribute("changes", review.changes(planId, user, locale));
        model.addAttribute("plan", plans.detail(planId, user, locale));
        return "plans/readings";
    }

    @PostMapping("/plans/{planId}/readings/{indicatorId}")
    String accept(
            @PathVariable Long planId,
            @PathVariable Long indicatorId,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        review.accept(planId, indicatorId, version, user);
        redirect.addFlashAttribute("success", "readings.accepted");
        return "redirect:/plans/" + planId + "/readings";
    }

    @PostMapping("/plans/{planId}/readings/milestones/{milestoneId}/{position}")
    String acceptSubTarget(
            @PathVariable Long planId,
            @PathVariable Long milestoneId,
            @PathVariable int position,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        review.acceptSubTarget(planId, milestoneId, position, version, user);
        redirect.addFlashAttribute("success", "readings.accepted");
        return "redirect:/plans/" + planId + "/readings";
    }

    @PostMapping("/plans/{planId}/readings")
    String acceptAll(
            @PathVariable Long planId, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        review.acceptAll(planId, user);
        redirect.addFlashAttribute("success", "readings.accepted");
        return "redirect:/plans/" + planId + "/readings";
    }
}
