package com.hospitalplan.organization;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Institutions and departments for system administrators (the chain admits only ADMIN to /admin/**). */
@Controller
class OrganizationAdminController {

    /** Organisations on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final OrganizationService organizations;
    private final OrganizationFinder finder;

    OrganizationAdminController(OrganizationService organizations, OrganizationFinder finder) {
        this.organizations = organizations;
        this.finder = finder;
    }

    /**
     * The list, searched and filtered by the query in the URL, a page at a time; to htmx's live search only the
     * results.
     */
    @GetMapping("/admin/organizations")
    String listOrganizations(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        OrganizationKind chosenKind = AdminChoices.kind(kind);
        Optional<RegionView> chosenRegion = finder.typedRegion(region);
        boolean unknownRegion = region != null && !region.isBlank() && chosenRegion.isEmpty();
        model.addAttribute("q", q);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("region", region);
        model.addAttribute("unknownRegion", unknownRegion);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute(
                "organizations",
                finder.search(
                        new OrganizationQuery(
                                q,
                                chosenKind,
                                unknownRegion
                                        ? "-"
                                        : chosenRegion.map(RegionView::code).orElse(null)),
                        page,
                        PAGE_SIZE));
        return htmx != null ? "admin/organizations/list :: results" : "admin/organizations/list";
    }

    /**
     * The typeahead's choices of organisations as {@code <option>}s, for the text sent under the name {@code field}.
     *
     * @param institutions only those that may be a parent (no departments)
     * @param except the organisation being edited, which may not be its own parent
     */
    @GetMapping("/admin/organizations/options")
    String organizationOptions(
            @RequestParam String field,
            @RequestParam(defaultValue = "false") boolean institutions,
            @RequestParam(required = false) Long except,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("options", finder.organizationOptions(request.getParameter(field), institutions, except));
        return "fragments/admin :: organizationOptions";
    }

    @GetMapping("/admin/organizations/new")
    String initCreationForm(Model model) {
        return form(new OrganizationForm(), null, model);
    }

    @PostMapping("/admin/organizations")
    String processCreationForm(
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(form, result, null, model, redirect);
    }

    @GetMapping("/admin/organizations/{organizationId}/edit")
    String initUpdateForm(@PathVariable Long organizationId, Model model) {
        OrganizationView organization =
                organizations.find(organizationId).orElseThrow(() -> new OrganizationNotFoundException(organizationId));
        return form(OrganizationForm.of(organization), organizationId, model);
    }

    @PostMapping("/admin/organizations/{organizationId}")
    String processUpdateForm(
            @PathVariable Long organizationId,
            @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(form, result, organizationId, model, redirect);
    }

    /** Adds the organisation ({@code organizationId} null) or changes it; shows the form again when refused. */
    private String save(
            OrganizationForm form,
            BindingResult result,
            Long organizationId,
            Model model,
            RedirectAttributes redirect) {
        Optional<RegionView> region = finder.typedRegion(form.getRegionCode());
        if (!result.hasFieldErrors("regionCode") && region.isEmpty()) {
            AdminChoices.rejectUnknown(result, "regionCode", "admin.choice.unknownRegion", form.getRegionCode());
        }
        if (form.parentTyped() && !result.hasFieldErrors("parent")) {
            Optional<OrganizationView> parent = finder.typedOrganization(form.getParent());
            if (parent.isEmpty()) {
                AdminChoices.rejectUnknown(result, "parent", "admin.choice.unknownOrganization", form.getParent());
            } else {
                form.setParentId(parent.get().id());
            }
        }
        if (!result.hasFieldErrors("parent") && !form.departmentHasParent()) {
            result.rejectValue("parent", "admin.organizations.departmentNeedsParent");
        }
        if (result.hasErrors()) {
            return form(form, organizationId, model);
        }
        try {
            OrganizationCommand command = form.command(region.orElseThrow().code());
            if (organizationId == null) {
                organizations.addOrganization(command);
            } else {
                organizations.updateOrganization(organizationId, form.getVersion(), command);
            }
        } catch (OrganizationConflictException e) {
            result.reject(e.messageKey());
            return form(form, organizationId, model);
        }
        redirect.addFlashAttribute("success", "admin.organizations.saved");
        return "redirect:/admin/organizations";
    }

    private String form(OrganizationForm form, Long organizationId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("kinds", OrganizationKind.values());
        return "admin/organizations/form";
    }
}
