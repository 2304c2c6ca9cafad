package com.hospitalplan.user;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for system administrators (the security chain admits only ADMIN to /admin/**). */
@Controller
class UserAdminController {

    private final UserService users;

    UserAdminController(UserService users) {
        this.users = users;
    }

    @GetMapping("/admin/users")
    String listUsers(Model model) {
        model.addAttribute("users", users.list());
        return "admin/users/list";
    }

    @PostMapping("/admin/users/{userId}/unlock")
    String unlockUser(@PathVariable Long userId, RedirectAttributes redirect) {
        users.unlock(userId);
        redirect.addFlashAttribute("success", "admin.users.unlocked");
        return "redirect:/admin/users";
    }
}
