package com.hospitalplan.user;

import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: who they are and changing their password. */
@Controller
class ProfileController {

    private final UserService users;

    ProfileController(UserService users) {
        this.users = users;
    }

    @ModelAttribute("account")
    AccountView account(@AuthenticationPrincipal SignedInUser user) {
        return users.account(user.id());
    }

    @GetMapping("/profile")
    String showProfile(Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        return "profile/show";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("confirmPassword")
                && !form.confirmationMatches()) {
            result.rejectValue("confirmPassword", "password.confirmMismatch");
        }
        if (result.hasErrors()) {
            return "profile/show";
        }
        Optional<String> refusal = users.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
        if (refusal.isPresent()) {
            String field = refusal.get().equals("password.currentWrong") ? "currentPassword" : "newPassword";
            result.rejectValue(field, refusal.get());
            return "profile/show";
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/profile";
    }
}
