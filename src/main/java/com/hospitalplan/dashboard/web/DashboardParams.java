package com.hospitalplan.dashboard.web;

import com.hospitalplan.dashboard.Basis;
import com.hospitalplan.dashboard.TargetVariant;
import com.hospitalplan.targets.Status;
import java.util.Arrays;

/**
 * How a dashboard is shown, as the query string carries it: the switches {@code basis=official|pending} and {@code
 * targets=adjusted|original} (anything else or nothing means official values and adjusted targets), and for a long
 * table {@code page} (from 1) and, on a scorecard, {@code status} to show one status only (anything unreadable means
 * the first page and every status).
 */
record DashboardParams(String basis, String targets, String page, String status) {

    Basis chosenBasis() {
        return Basis.of(basis);
    }

    TargetVariant chosenVariant() {
        return TargetVariant.of(targets);
    }

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
