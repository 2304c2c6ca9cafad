package com.hospitalplan.judgement;

import com.hospitalplan.plan.Aggregation;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Explanation;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Status;
import com.hospitalplan.targets.Target;
import java.util.List;
import java.util.Objects;

/**
 * The judgement of an indicator in one scope.
 *
 * @param target the target that applies in the scope (a county's or tier's own where the plan names one), or {@code
 *     null} when the indicator has none the product can read
 * @param value the value that counts: the institution's latest, or the figure rolled up over the set; {@code null}
 *     when there is none
 * @param rule how the set's figure was made; {@code null} for one institution
 * @param members how many members the figure covers (1 for one institution)
 * @param reporting how many of them reported a value
 * @param meeting how many of them meet their target or the set's condition
 */
public record Verdict(
        Evaluation evaluation,
        Target target,
        Measurement value,
        Aggregation rule,
        int members,
        int reporting,
        int meeting) {

    public Status status() {
        return evaluation.status();
    }

    public boolean achieved() {
        return evaluation.achieved();
    }

    /** One reporter judged: one member, reporting when it has a value, meeting when its target is achieved. */
    static Verdict single(Evaluation evaluation, Target target, Measurement latest) {
        return new Verdict(evaluation, target, latest, null, 1, latest == null ? 0 : 1, evaluation.achieved() ? 1 : 0);
    }

    /** A value shown but not judged against a target, with the reason why: never asks for an explanation. */
    static Verdict notJudged(Target target, Measurement latest, String key, Object argument) {
        Evaluation evaluation = new Evaluation(
                Status.NO_DATA,
                false,
                null,
                null,
                latest,
                new Explanation(key, List.of(Objects.toString(argument, ""))));
        return single(evaluation, target, latest);
    }
}
