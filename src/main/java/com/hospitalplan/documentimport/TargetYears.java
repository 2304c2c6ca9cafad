package com.hospitalplan.documentimport;

import com.hospitalplan.targets.ParseResult;
import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;

/**
 * How the year of a draft's target reaches the saved target. The target's wording alone ("70%以上") has no year; the
 * document gives it in the sentence ("到2025年，…") or in a table's year column. A year the planner typed, or the year of
 * a target the planner retyped, is the planner's: the target goes in as typed with its reading and that year, as the
 * planner's reading. A year the document states
 * goes into the wording the plan reads ("到2025年70%以上"), so the target stays the parser's reading, read again by
 * newer parsers like every other; where the parser would read that wording otherwise than the target with the year,
 * the reading with the year goes in instead. A wording that names its own year keeps it.
 */
final class TargetYears {

    private static final TargetParser PARSER = new TargetParser();

    /**
     * The target as it is to be saved.
     *
     * @param text the wording
     * @param reading the reading to save with it, or {@code null} when the plan's parser reads the wording
     */
    record Stated(String text, Target reading) {}

    private TargetYears() {}

    /**
     * @param written the target's wording as the parser was given it
     * @param read the parser's reading of that wording, or {@code null}
     * @param year the year the document states or the planner typed, or {@code null}
     * @param typed whether the planner typed the year or the target
     */
    static Stated stated(String written, String unit, Target read, Integer year, boolean typed) {
        if (read == null || year == null) {
            return new Stated(written, null);
        }
        Target withYear = read.toBuilder().targetYear(year).build();
        if (typed) {
            return new Stated(written, withYear);
        }
        if (read.targetYear() != null) {
            return new Stated(written, null);
        }
        String framed = "到" + year + "年" + written;
        ParseResult result = PARSER.parse(framed, unit);
        if (result.understood() && sameBut(result.target(), withYear)) {
            return new Stated(framed, null);
        }
        return new Stated(written, withYear);
    }

    /** Whether the two readings say the same, their wording aside. */
    private static boolean sameBut(Target framed, Target withYear) {
        return framed.toBuilder()
                .text(null)
                .build()
                .equals(withYear.toBuilder().text(null).build());
    }
}
