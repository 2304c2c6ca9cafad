/** Telling people what happened: in-app notifications, and e-mail when SMTP is configured. */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"cluster", "config", "report", "user"})
package com.hospitalplan.notification;

import org.springframework.modulith.ApplicationModule;
