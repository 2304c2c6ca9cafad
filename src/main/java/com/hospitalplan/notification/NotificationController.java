package com.hospitalplan.notification;

import com.hospitalplan.user.SignedInUser;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's own notifications. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String listNotifications(@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        model.addAttribute("notifications", notifications.recent(user.id(), locale));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal SignedInUser user) {
        notifications.markAllRead(user.id());
        return "redirect:/notifications";
    }
}
