package com.hospitalplan.home;

import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final UserService users;

    HomeController(UserService users) {
        this.users = users;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("account", users.account(user.id()));
        return "home";
    }
}
