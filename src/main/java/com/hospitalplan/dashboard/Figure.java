package com.hospitalplan.dashboard;

import com.hospitalplan.judgement.Verdict;
import com.hospitalplan.targets.Evaluation;
import com.hospitalplan.targets.Measurement;
import com.hospitalplan.targets.Status;

/**
 * An indicator's figure over some of its reporting institutions, as {@link com.hospitalplan.judgement.Judgement}
 * judged it, and whether a value not yet approved is in it.
 */
record Figure(Verdict verdict, boolean pending) {

    Evaluation evaluation() {
        return verdict.evaluation();
    }

    Status status() {
        return verdict.status();
    }

    /** The figure (a number or a level), or {@code null} when the rule gives none. */
    Measurement value() {
        return verdict.value();
    }

    int reporting() {
        return verdict.reporting();
    }

    int total() {
        return verdict.members();
    }
}
