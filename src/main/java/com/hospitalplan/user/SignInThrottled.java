package com.hospitalplan.user;

import java.time.Instant;

/**
 * Published when wrong passwords start a period in which sign-in attempts are refused (for the audit log).
 *
 * @param username the user name typed (in lower case, whether or not such an account exists), or {@code null} when the
 *     whole address is refused, whatever name it types
 * @param address the client address the wrong passwords came from
 * @param until when attempts are checked again
 */
public record SignInThrottled(String username, String address, Instant until) {}
