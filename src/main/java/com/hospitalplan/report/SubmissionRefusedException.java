package com.hospitalplan.report;

import java.util.List;

/** A report is not complete enough to submit; each problem names its field and a message key. */
public class SubmissionRefusedException extends RuntimeException {

    private final transient List<Problem> problems;

    /** One thing to put right. */
    public record Problem(String field, String messageKey) {}

    SubmissionRefusedException(List<Problem> problems) {
        super("The report is not complete: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
