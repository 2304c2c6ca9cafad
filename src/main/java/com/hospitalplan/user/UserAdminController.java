package com.hospitalplan.user;

import com.hospitalplan.organization.OrganizationService;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for system administrators (the security chain admits only ADMIN to /admin/**). */
@Controller
class UserAdminController {

    private final UserService users;
    private final OrganizationService organizations;

    UserAdminController(UserService users, OrganizationService organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    @GetMapping("/admin/users")
    String listUsers(Model model) {
        model.addAttribute("users", users.list());
        return "admin/users/list";
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
                    : refusal.get().equals("admin.users.usernameTaken") ? "username" : "organizationId";
            result.rejectValue(field, refusal.get());
            return form(form, null, model);
        }
        redirect.addFlashAttribute("success", "admin.users.saved");
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{userId}/edit")
    String initUpdateForm(@PathVariable Long userId, Model model) {
        return form(UserForm.of(users.details(userId)), userId, model);
    }

    @PostMapping("/admin/users/{userId}")
    String processUpdateForm(
            @PathVariable Long userId,
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
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
        model.addAttribute("organizations", organizations.all());
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
}
