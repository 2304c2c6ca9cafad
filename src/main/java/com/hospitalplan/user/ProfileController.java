package com.hospitalplan.user;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: who they are, changing their password, their API tokens. */
@Controller
class ProfileController {

    private final UserService users;
    private final ApiTokenService tokens;

    ProfileController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @ModelAttribute("account")
    AccountView account(@AuthenticationPrincipal SignedInUser user) {
        return users.account(user.id());
    }

    @ModelAttribute("tokens")
    List<ApiTokenView> tokens(@AuthenticationPrincipal SignedInUser user) {
        return tokens.list(user.id());
    }

    @GetMapping("/profile")
    String showProfile(Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        model.addAttribute("tokenForm", new TokenForm());
        return "profile/show";
    }

    @PostMapping("/profile/tokens")
    String createToken(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", new PasswordChangeForm());
            return "profile/show";
        }
        redirect.addFlashAttribute("newToken", tokens.create(user.id(), form.getName()));
        redirect.addFlashAttribute("success", "token.created");
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{tokenId}/revoke")
    String revokeToken(
            @AuthenticationPrincipal SignedInUser user, @PathVariable Long tokenId, RedirectAttributes redirect) {
        tokens.revoke(user.id(), tokenId);
        redirect.addFlashAttribute("success", "token.revoked");
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("passwordForm") PasswordChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("tokenForm", new TokenForm());
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
