package com.hospitalplan.organization;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Regions, institutions and departments for system administrators (the chain admits only ADMIN to /admin/**). */
@Controller
class OrganizationAdminController {

    private final OrganizationService organizations;

    OrganizationAdminController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/admin/organizations")
    String listOrganizations(Model model) {
        model.addAttribute("organizations", organizations.all());
        return "admin/organizations/list";
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
        if (!form.departmentHasParent()) {
            result.rejectValue("parentId", "admin.organizations.departmentNeedsParent");
        }
        if (result.hasErrors()) {
            return form(form, organizationId, model);
        }
        try {
            if (organizationId == null) {
                organizations.addOrganization(form.command());
            } else {
                organizations.updateOrganization(organizationId, form.getVersion(), form.command());
            }
        } catch (OrganizationConflictException e) {
            result.reject(e.messageKey());
            return form(form, organizationId, model);
        }
        redirect.addFlashAttribute("success", "admin.organizations.saved");
        return "redirect:/admin/organizations";
    }

    @GetMapping("/admin/regions")
    String listRegions(Model model) {
        model.addAttribute("form", new RegionForm());
        return regionPage(model);
    }

    @PostMapping("/admin/regions")
    String addRegion(
            @Valid @ModelAttribute("form") RegionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                organizations.addRegion(
                        form.getCode(), form.getName().strip(), form.getLevel(), form.parentCodeOrNull());
                redirect.addFlashAttribute("success", "admin.regions.saved");
                return "redirect:/admin/regions";
            } catch (OrganizationConflictException e) {
                result.rejectValue(e.messageKey().endsWith("noParent") ? "parentCode" : "code", e.messageKey());
            }
        }
        return regionPage(model);
    }

    private String regionPage(Model model) {
        model.addAttribute("regions", organizations.regions());
        model.addAttribute("levels", RegionLevel.values());
        return "admin/regions/list";
    }

    private String form(OrganizationForm form, Long organizationId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("organizationId", organizationId);
        model.addAttribute("kinds", OrganizationKind.values());
        model.addAttribute("regions", organizations.regions());
        model.addAttribute(
                "parents",
                organizations.all().stream()
                        .filter(o -> o.kind() != OrganizationKind.DEPARTMENT)
                        .toList());
        return "admin/organizations/form";
    }
}
