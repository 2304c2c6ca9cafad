package com.hospitalplan.home;

import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The to-do counts beside 首页, 我的填报 and 审核 in the navigation bar of every page, and the key under which the
 * rendered menu is kept ({@code hp:cache-as} in fragments/layout.html): the menu shows nothing but what the role allows
 * and these counts.
 */
@ControllerAdvice
class MenuCounts {

    /** All the main menu depends on, besides the language. */
    record MenuKey(Role role, ToDoCounts.Counts counts) {}

    private final ToDoCounts counts;

    MenuCounts(ToDoCounts counts) {
        this.counts = counts;
    }

    @ModelAttribute
    void menu(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user != null) {
            ToDoCounts.Counts toDo = counts.of(user);
            model.addAttribute("todoCounts", toDo);
            model.addAttribute("menuKey", new MenuKey(user.role(), toDo));
        }
    }
}
