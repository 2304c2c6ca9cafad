package com.hospitalplan.report;

import java.util.List;

/**
 * What a reporter entered is not accepted by the report's plan (a percentage beyond its indicator's range): nothing
 * of the input is saved. Each problem names its field as in {@link ReportInput} ({@code values[12].number}), a message
 * key and the message's arguments.
 */
public class ReportInputRefusedException extends RuntimeException {

    private final transient List<Problem> problems;

    /** One value to put right. */
    public record Problem(String field, String messageKey, Object[] arguments) {}

    ReportInputRefusedException(List<Problem> problems) {
        super("Values out of range: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
