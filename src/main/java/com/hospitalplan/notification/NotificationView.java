package com.hospitalplan.notification;

import java.time.Instant;

/** A notification as its reader sees it, already in their language. */
public record NotificationView(Long id, String text, String link, Instant createdAt, boolean unread) {}
