package com.hospitalplan.notification;

import com.hospitalplan.user.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications, for the bell in the navigation bar of every page. */
@ControllerAdvice
class UnreadNotifications {

    private final NotificationService notifications;

    UnreadNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    long unread(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? 0 : notifications.unread(user.id());
    }
}
