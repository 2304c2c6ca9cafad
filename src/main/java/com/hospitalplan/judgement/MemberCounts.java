package com.hospitalplan.judgement;

import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;

/**
 * A set judged by its members, never by a median: its status from theirs, and the sentence that counts how many meet
 * their targets, how many report without meeting them and how many have not reported. Plain Java.
 */
final class MemberCounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MemberCounts() {}

    /**
     * The set's status from its members: achieved when every member meets its target; otherwise the worst status of a
     * member that does not, where a member with nothing to judge (no value, or not judgeable) is at risk while the
     * plan runs and off track once it is over; no data while no member has anything judged.
     */
    static Status status(List<Verdict> verdicts, boolean periodOver) {
        if (!verdicts.isEmpty() && verdicts.stream().allMatch(Verdict::achieved)) {
            return Status.ACHIEVED;
        }
        if (verdicts.stream().allMatch(v -> v.status() == Status.NO_DATA)) {
            return Status.NO_DATA;
        }
        Status missing = periodOver ? Status.OFF_TRACK : Status.AT_RISK;
        return verdicts.stream()
                .filter(v -> !v.achieved())
                .map(v -> v.status() == Status.NO_DATA || v.status() == Status.ACHIEVED ? missing : v.status())
                .max(Comparator.comparingInt(Status::ordinal))
                .orElse(Status.ACHIEVED);
    }

    /**
     * The evaluation of a set by its members: achieved when all {@code total} meet their targets.
     *
     * @param progress the share of members meeting, or {@code null} where it is not shown
     */
    static Evaluation evaluation(Status status, int total, int reporting, int meeting, BigDecimal progress) {
        return new Evaluation(
                status,
                total > 0 && meeting == total,
                progress,
                null,
                null,
                new Explanation(
                        "judgement.explain.members",
                        List.of(total, meeting, reporting - meeting, total - reporting, pace(status))));
    }

    /** {@code part} of {@code whole} in percent; 0 of nothing. */
    static BigDecimal share(int part, int whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    static Explanation pace(Status status) {
        return new Explanation("target.pace." + status.name(), List.of());
    }
}
