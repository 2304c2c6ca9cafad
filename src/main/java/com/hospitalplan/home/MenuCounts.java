package com.hospitalplan.home;

import com.hospitalplan.user.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The to-do counts beside 首页, 我的填报 and 审核 in the navigation bar of every page. */
@ControllerAdvice
class MenuCounts {

    private final ToDoCounts counts;

    MenuCounts(ToDoCounts counts) {
        this.counts = counts;
    }

    @ModelAttribute("todoCounts")
    ToDoCounts.Counts counts(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? null : counts.of(user);
    }
}
