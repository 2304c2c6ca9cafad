package com.hospitalplan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds internals that must never reach a user: stack traces, exception class names, SQL and driver messages.
 * Every response of every test is checked (see {@link ResponseLeakFilter} and {@link ResponseLeakCheck}).
 */
public final class ResponseLeaks {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\b(java|javax|jakarta|org|com|net)\\.[\\w.]+(Exception|Error)\\b"),
            Pattern.compile("\\b\\w+Exception\\b"),
            // whole words only: a random token (CSRF) may well hold "JDBC" or "PSQL"
            Pattern.compile("\\b(PSQL\\w*|SQLState|JDBC)\\b|SQL state|org\\.postgresql|org\\.hibernate|HHH\\d{5}"),
            Pattern.compile(
                    "(?i)\\b(select\\s+[\\w*,\\s.]+\\s+from|insert\\s+into|delete\\s+from|update\\s+\\w+\\s+set)\\b"),
            Pattern.compile("(?i)\\bERROR:\\s+(syntax|relation|column|duplicate|null value|insert or update)"),
            Pattern.compile("\"trace\"\\s*:|\"exception\"\\s*:"));

    private static final List<String> found = new ArrayList<>();

    private ResponseLeaks() {}

    /** The first internal detail in {@code body}, or {@code null} when it shows none. */
    public static String firstLeak(String body) {
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(body);
            if (matcher.find()) {
                int start = Math.max(0, matcher.start() - 60);
                int end = Math.min(body.length(), matcher.end() + 60);
                return body.substring(start, end);
            }
        }
        return null;
    }

    static synchronized void record(String request, String leak) {
        found.add(request + " showed: " + leak);
    }

    static synchronized List<String> drain() {
        List<String> copy = List.copyOf(found);
        found.clear();
        return copy;
    }
}
