package com.hospitalplan.user;

import com.hospitalplan.organization.OrganizationFinder;
import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** User administration for system administrators (the security chain admits only ADMIN to /admin/**). */
@Controller
class UserAdminController {

    /** Accounts on one page of the list. */
    static final int PAGE_SIZE = 50;

    private final UserService users;
    private final OrganizationService directory;
    private final OrganizationFinder organizations;

    UserAdminController(UserService users, OrganizationService directory, OrganizationFinder organizations) {
        this.users = users;
        this.directory = directory;
        this.organizations = organizations;
    }

    /**
     * The list, searched and filtered by the query in the URL, a page at a time; to htmx's live search only the
     * results. {@code org} is an organisation as typed: the one its typeahead label names, else every one whose name
     * contains it.
     */
    @GetMapping("/admin/users")
    String listUsers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String org,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Role chosenRole = named(Role.values(), role);
        UserStatus chosenStatus = named(UserStatus.values(), status);
        List<Long> organizationIds = org == null || org.isBlank() ? null : organizations.organizationIdsFor(org);
        model.addAttribute("q", q);
        model.addAttribute("role", chosenRole);
        model.addAttribute("status", chosenStatus);
        model.addAttribute("org", org);
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", UserStatus.values());
        model.addAttribute(
                "users", users.search(new UserQuery(q, chosenRole, chosenStatus, organizationIds), page, PAGE_SIZE));
        return htmx != null ? "admin/users/list :: results" : "admin/users/list";
    }

    @GetMapping("/admin/users/new")
    String initCreationForm(Model model) {
        return form(new UserForm(), null, model);
    }

    @PostMapping("/admin/users")
    String processCreationForm(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.getPassword() == null || form.getPassword().isBlank()) {
            result.rejectValue("password", "password.newRequired");
        }
        chooseOrganization(form, result);
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        Optional<String> refusal = users.create(
                form.getUsername(),
                form.getDisplayName().strip(),
                form.emailOrNull(),
                form.getRole(),
                form.getOrganizationId(),
                form.getPassword());
        if (refusal.isPresent()) {
            String field = refusal.get().startsWith("password.")
                    ? "password"
                    : refusal.get().equals("admin.users.usernameTaken") ? "username" : "organization";
            result.rejectValue(field, refusal.get());
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "admin.users.saved");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{userId}/edit")
    String initUpdateForm(@PathVariable Long userId, Model model) {
        UserDetailsView user = users.details(userId);
        String organization = directory
                .find(user.organizationId())
                .map(OrganizationView::choiceLabel)
                .orElse(null);
        return form(UserForm.of(user, organization), userId, model);
    }

    @PostMapping("/admin/users/{userId}")
    String processUpdateForm(
            @PathVariable Long userId,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        chooseOrganization(form, result);
        if (result.hasErrors()) {
            return form(form, userId, model);
        }
        users.update(
                userId,
                form.getVersion(),
                form.getDisplayName().strip(),
                form.emailOrNull(),
                form.getRole(),
                form.getOrganizationId(),
                form.isEnabled());
        redirect.addFlashAttribute("success", "admin.users.saved");
        return "redirect:/admin/users";
    }

    /**
     * Reads the organisation typed into the form (or, when none was typed, the id a client sent); refuses, keeping what
     * was typed, one that names no single organisation.
     */
    private void chooseOrganization(UserForm form, BindingResult result) {
        if (result.hasFieldErrors("organization")) {
            return;
        }
        if (form.organizationTyped()) {
            Optional<OrganizationView> chosen = organizations.typedOrganization(form.getOrganization());
            if (chosen.isPresent()) {
                form.setOrganizationId(chosen.get().id());
            } else {
                result.rejectValue(
                        "organization",
                        "admin.choice.unknownOrganization",
                        new Object[] {form.getOrganization().strip()},
                        null);
            }
        } else if (form.getOrganizationId() == null) {
            result.rejectValue("organization", "admin.users.organizationRequired");
        }
    }

    @PostMapping("/admin/users/{userId}/password")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable Long userId,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes redirect) {
        Optional<String> refusal = users.resetPassword(userId, newPassword, administrator.getUsername());
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("failure", refusal.get());
            return "redirect:/admin/users/" + userId + "/edit";
        }
        redirect.addFlashAttribute("success", "admin.users.passwordReset");
        return "redirect:/admin/users";
    }

    private String form(UserForm form, Long userId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("userId", userId);
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }

    @PostMapping("/admin/users/{userId}/unlock")
    String unlockUser(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable Long userId,
            RedirectAttributes redirect) {
        users.unlock(userId, administrator.getUsername());
        redirect.addFlashAttribute("success", "admin.users.unlocked");
        return "redirect:/admin/users";
    }

    /** The value a filter names, or {@code null} for none or one that does not exist (the filter is then off). */
    private static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
