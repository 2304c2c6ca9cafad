package com.hospitalplan.user;

/** Someone to notify: in the application, and by e-mail where an address is known. */
public record Recipient(Long userId, String displayName, String email) {}
