package com.hospitalplan.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
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
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ProfileController(UserService users, ApiTokenService tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** Whether an administrator set the password and the user must choose their own before anything else. */
    @ModelAttribute("mustChangePassword")
    boolean mustChangePassword(@AuthenticationPrincipal SignedInUser user) {
        return user.passwordChangeRequired();
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
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
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
        if (user.passwordChangeRequired()) {
            releaseFromPasswordChange(user, request, response);
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/profile";
    }

    /** Puts the account as it is now into this session, no longer held to the profile page. */
    private void releaseFromPasswordChange(
            SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser now = users.signedIn(user.id());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
