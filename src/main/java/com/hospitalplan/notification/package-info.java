/** Telling people what happened: in-app notifications, and e-mail when SMTP is configured. */
package com.hospitalplan.notification;
