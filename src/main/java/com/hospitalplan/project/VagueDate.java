package com.hospitalplan.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date as a document writes it ("2025年上半年", "2022年6月底前") with the latest day it can mean, which is what
 * comparisons use: a stage planned for "2025年" is not overdue before 2026-01-01.
 *
 * @param text the words as written
 * @param latest the last day the words allow
 */
public record VagueDate(String text, LocalDate latest) {

    public VagueDate {
        Objects.requireNonNull(text);
        Objects.requireNonNull(latest);
    }

    /** A stored pair, or null where nothing is stored. */
    static VagueDate of(String text, LocalDate latest) {
        return text == null || latest == null ? null : new VagueDate(text, latest);
    }

    public boolean isLaterThan(VagueDate other) {
        return other != null && latest.isAfter(other.latest);
    }

    @Override
    public String toString() {
        return text;
    }
}
