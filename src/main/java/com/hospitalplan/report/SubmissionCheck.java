package com.hospitalplan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold before a report may be submitted: every assigned indicator has a value and every milestone a
 * status; a value far from the last period's of the same kind (an outlier, {@link OutlierBasis}) or one that leaves its target off track is explained, and
 * so is a milestone sub-target left off track (in the milestone's remark). Plain Java.
 */
final class SubmissionCheck {

    /** A value that moved by more than this share of the last like period's value is an outlier. */
    static final BigDecimal OUTLIER_SHARE = new BigDecimal("0.5");

    /**
     * An indicator's value in the report, with what is needed to judge it.
     *
     * @param lastNumber the last approved value of an earlier period of the same kind ({@link OutlierBasis})
     */
    record ValueInput(
            Long indicatorId,
            boolean present,
            BigDecimal number,
            BigDecimal lastNumber,
            boolean offTrack,
            String explanation) {}

    /**
     * A milestone's status in the report.
     *
     * @param subTargetOffTrack whether a value reported for one of its sub-targets leaves it off track
     * @param remark the milestone's remark, which explains an off-track sub-target
     */
    record MilestoneInput(Long milestoneId, MilestoneProgress status, boolean subTargetOffTrack, String remark) {}

    /** One thing to put right, with the field it belongs to. */
    record Problem(String field, String messageKey) {}

    private SubmissionCheck() {}

    static List<Problem> problems(List<ValueInput> values, List<MilestoneInput> milestones) {
        List<Problem> problems = new ArrayList<>();
        for (ValueInput value : values) {
            String field = "value-" + value.indicatorId();
            boolean explained =
                    value.explanation() != null && !value.explanation().isBlank();
            if (!value.present()) {
                problems.add(new Problem(field, "report.check.valueMissing"));
            } else if (isOutlier(value.number(), value.lastNumber()) && !explained) {
                problems.add(new Problem(field, "report.check.outlier"));
            } else if (value.offTrack() && !explained) {
                problems.add(new Problem(field, "report.check.offTrack"));
            }
        }
        for (MilestoneInput milestone : milestones) {
            if (milestone.status() == null) {
                problems.add(new Problem("milestone-" + milestone.milestoneId(), "report.check.milestoneMissing"));
            }
            if (milestone.subTargetOffTrack()
                    && (milestone.remark() == null || milestone.remark().isBlank())) {
                problems.add(new Problem("remark-" + milestone.milestoneId(), "report.check.subTargetOffTrack"));
            }
        }
        return problems;
    }

    /**
     * Whether a complete report asks for nothing but a look, so that a reviewer may approve it together with others:
     * no value is an outlier or leaves its target off track and no milestone sub-target is off track, explained or not.
     */
    static boolean clean(List<ValueInput> values, List<MilestoneInput> milestones) {
        return problems(values, milestones).isEmpty()
                && values.stream().noneMatch(v -> v.offTrack() || isOutlier(v.number(), v.lastNumber()))
                && milestones.stream().noneMatch(MilestoneInput::subTargetOffTrack);
    }

    static boolean isOutlier(BigDecimal number, BigDecimal last) {
        if (number == null || last == null || last.signum() == 0) {
            return false;
        }
        return number.subtract(last).abs().compareTo(last.abs().multiply(OUTLIER_SHARE)) > 0;
    }
}
