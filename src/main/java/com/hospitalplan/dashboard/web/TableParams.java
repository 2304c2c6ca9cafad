package com.hospitalplan.dashboard.web;

import com.hospitalplan.targets.Status;
import java.util.Arrays;

/**
 * How a long dashboard table is shown, as the query string carries it: {@code page} (from 1) and, on a scorecard,
 * {@code status} to show one status only. Anything unreadable means the first page and every status.
 */
record TableParams(String page, String status) {

    int chosenPage() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The status to show only, or {@code null} for all. */
    Status chosenStatus() {
        return Arrays.stream(Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status))
                .findFirst()
                .orElse(null);
    }
}
