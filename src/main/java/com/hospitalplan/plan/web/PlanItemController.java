package com.hospitalplan.plan.web;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.plan.PlanDetail;
import com.hospitalplan.plan.PlanInputRefused;
import com.hospitalplan.plan.PlanService;
import com.hospitalplan.plan.PlanStateException;
import com.hospitalplan.plan.RevisionReasonRequiredException;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one create / edit / delete flow of a kind of plan item (goal, indicator, milestone, budget line), under the
 * subclass's {@code /plans/{planId}/<items>}: bind the form, check it, call the plan content service, choose the view.
 *
 * @param <F> the item's form
 */
abstract class PlanItemController<F extends ItemForm> {

    private final PlanService plans;
    private final OrganizationService organizations;
    private final String view;
    private final String anchor;

    /**
     * @param view the item's form template
     * @param anchor where on the plan page the item kind is listed
     */
    PlanItemController(PlanService plans, OrganizationService organizations, String view, String anchor) {
        this.plans = plans;
        this.organizations = organizations;
        this.view = view;
        this.anchor = anchor;
    }

    /** The form of the item as it is now; {@link ItemNotFoundException} when it is not the plan's. */
    abstract F formOf(PlanDetail plan, Long itemId);

    /** Checks what the form's annotations cannot, rejecting fields in {@code result}. */
    void check(F form, BindingResult result) {}

    /** Adds the choices the form offers besides the plan's goals and the organisations. */
    void addChoices(PlanDetail plan, Model model) {}

    abstract void add(Long planId, F form, SignedInUser user);

    abstract void change(Long planId, Long itemId, F form, SignedInUser user);

    /** Removes the item; the message key why it cannot be removed, or {@code null} once removed. */
    abstract String remove(Long planId, Long itemId, SignedInUser user);

    /** A new item's form, given what the query names (the goal it belongs to). */
    @GetMapping("/new")
    String initCreationForm(
            @PathVariable Long planId,
            @ModelAttribute("form") F form,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        return form(plans.editableDetail(planId, user, locale), form, null, model);
    }

    @GetMapping("/{itemId}/edit")
    String initUpdateForm(
            @PathVariable Long planId,
            @PathVariable Long itemId,
            @AuthenticationPrincipal SignedInUser user,
            Locale locale,
            Model model) {
        PlanDetail plan = plans.editableDetail(planId, user, locale);
        return form(plan, formOf(plan, itemId), itemId, model);
    }

    /** Adds the item (posted to the list) or changes it (posted to the item), or shows the form again. */
    @PostMapping({"", "/{itemId}"})
    String processForm(
            @PathVariable Long planId,
            @PathVariable(required = false) Long itemId,
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") F form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        check(form, result);
        if (!result.hasErrors()) {
            try {
                if (itemId == null) {
                    add(planId, form, user);
                } else {
                    change(planId, itemId, form, user);
                }
                return backToPlan(planId, redirect, "plan.itemSaved");
            } catch (RevisionReasonRequiredException e) {
                result.rejectValue("revisionReason", "plan.error.revisionReason");
            } catch (PlanInputRefused e) {
                // a reference the plan refuses (a project of another plan): the form as typed, 422 (htmx swaps it in)
                result.rejectValue(e.field(), e.messageKey());
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            } catch (PlanStateException e) {
                // the plan's state changed meanwhile (it was ended): the form as typed with why, so nothing is lost;
                // the service let this planner change the plan, only its state refused, so the plan may be shown
                result.reject(e.messageKey());
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(plans.detail(planId, user, locale), form, itemId, model);
            } catch (ObjectOptimisticLockingFailureException e) {
                // keep what was typed, at the item's current version: saving again replaces the other's change
                // knowingly. The service let this planner change the plan: one no longer editable was ended meanwhile.
                PlanDetail plan = plans.detail(planId, user, locale);
                if (itemId != null && plan.editable()) {
                    form.setVersion(formOf(plan, itemId).getVersion());
                }
                result.reject(plan.editable() ? "form.error.stale" : "plan.error.closed");
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(plan, form, itemId, model);
            }
        }
        return form(plans.editableDetail(planId, user, locale), form, itemId, model);
    }

    @PostMapping("/{itemId}/delete")
    String delete(
            @PathVariable Long planId,
            @PathVariable Long itemId,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        String failure = remove(planId, itemId, user);
        if (failure != null) {
            redirect.addFlashAttribute("failure", failure);
            return "redirect:/plans/" + planId + "#" + anchor;
        }
        return backToPlan(planId, redirect, "plan.itemDeleted");
    }

    /** The item of the plan with the id, from the plan page's lists. */
    static <T> T find(List<T> items, Function<T, Long> id, Long wanted, String what) {
        return items.stream()
                .filter(item -> Objects.equals(id.apply(item), wanted))
                .findFirst()
                .orElseThrow(() -> new ItemNotFoundException(what, wanted));
    }

    private String form(PlanDetail plan, F form, Long itemId, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("itemId", itemId);
        model.addAttribute("organizations", organizations.all());
        addChoices(plan, model);
        return view;
    }

    private String backToPlan(Long planId, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/plans/" + planId + "#" + anchor;
    }
}
