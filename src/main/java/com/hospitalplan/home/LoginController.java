package com.hospitalplan.home;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** The sign-in page; someone already signed in goes straight to their home page. */
    @GetMapping("/login")
    String login(Authentication authentication) {
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? "redirect:/" : "login";
    }
}
