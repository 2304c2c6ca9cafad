package com.hospitalplan.plan;

/** A published plan's target was changed without saying why. */
public class RevisionReasonRequiredException extends RuntimeException {

    RevisionReasonRequiredException() {
        super("plan.error.revisionReason");
    }
}
