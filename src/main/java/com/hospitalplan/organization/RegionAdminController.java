package com.hospitalplan.organization;

import com.hospitalplan.shared.Paged;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrative regions for system administrators: list, add, rename, move, correct the code. */
@Controller
class RegionAdminController {

    /** Regions on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final OrganizationService organizations;
    private final OrganizationFinder finder;

    RegionAdminController(OrganizationService organizations, OrganizationFinder finder) {
        this.organizations = organizations;
        this.finder = finder;
    }

    @GetMapping("/admin/regions")
    String listRegions(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("form", new RegionForm());
        return regionPage(q, page, model);
    }

    @PostMapping("/admin/regions")
    String addRegion(
            @Valid @ModelAttribute("form") RegionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Optional<RegionView> parent = parent(form, result);
        if (!result.hasErrors()) {
            try {
                organizations.addRegion(
                        form.getCode(),
                        form.getName().strip(),
                        form.getLevel(),
                        parent.map(RegionView::code).orElse(null));
                redirect.addFlashAttribute("success", "admin.regions.saved");
                return "redirect:/admin/regions";
            } catch (OrganizationConflictException e) {
                result.rejectValue(e.messageKey().endsWith("noParent") ? "parentCode" : "code", e.messageKey());
            }
        }
        return regionPage(null, 1, model);
    }

    @GetMapping("/admin/regions/{code}/edit")
    String initUpdateForm(@PathVariable String code, Model model) {
        RegionView region = region(code);
        return editForm(RegionForm.of(region, organizations.regionTree()), code, model);
    }

    @PostMapping("/admin/regions/{code}")
    String processUpdateForm(
            @PathVariable String code,
            @Valid @ModelAttribute("form") RegionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        region(code);
        Optional<RegionView> parent = parent(form, result);
        if (result.hasErrors()) {
            return editForm(form, code, model);
        }
        try {
            organizations.updateRegion(
                    code,
                    form.getCode(),
                    form.getName().strip(),
                    form.getLevel(),
                    parent.map(RegionView::code).orElse(null));
        } catch (OrganizationConflictException e) {
            result.rejectValue(e.messageKey().endsWith("codeTaken") ? "code" : "parentCode", e.messageKey());
            return editForm(form, code, model);
        }
        redirect.addFlashAttribute("success", "admin.regions.saved");
        return "redirect:/admin/regions";
    }

    /**
     * The typeahead's choices of regions as {@code <option>}s, for the text sent under the name {@code field}.
     *
     * @param except a region that may not be chosen, nor any below it (the one being edited, for its parent)
     */
    @GetMapping("/admin/regions/options")
    String regionOptions(
            @RequestParam String field,
            @RequestParam(required = false) String except,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("options", finder.regionOptions(request.getParameter(field), except));
        return "fragments/admin :: regionOptions";
    }

    /** The parent the form names, if any; a typed name that names no region is refused with the text kept. */
    private Optional<RegionView> parent(RegionForm form, BindingResult result) {
        if (!form.parentTyped() || result.hasFieldErrors("parentCode")) {
            return Optional.empty();
        }
        Optional<RegionView> parent = finder.typedRegion(form.getParentCode());
        if (parent.isEmpty()) {
            AdminChoices.rejectUnknown(result, "parentCode", "admin.choice.unknownRegion", form.getParentCode());
        }
        return parent;
    }

    private RegionView region(String code) {
        return organizations.regions().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new RegionNotFoundException(code));
    }

    private String regionPage(String q, int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("regions", Paged.of(finder.regions(q), page, PAGE_SIZE));
        model.addAttribute("tree", organizations.regionTree());
        model.addAttribute("levels", RegionLevel.values());
        return "admin/regions/list";
    }

    private String editForm(RegionForm form, String code, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("code", code);
        model.addAttribute("levels", RegionLevel.values());
        return "admin/regions/form";
    }
}
