package com.hospitalplan.home;

import com.hospitalplan.user.SignedInUser;
import com.hospitalplan.user.UserService;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final UserService users;
    private final ToDoList toDo;

    HomeController(UserService users, ToDoList toDo) {
        this.users = users;
        this.toDo = toDo;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        model.addAttribute("account", users.account(user.id()));
        model.addAttribute("todo", toDo.of(user, locale));
        return "home";
    }
}
