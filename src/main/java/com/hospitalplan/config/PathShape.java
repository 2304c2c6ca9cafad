package com.hospitalplan.config;

/**
 * What a path must look like to have a chance against a URL pattern, checked without Spring's matching: for a pattern
 * made of literal segments and whole-segment variables ({@code /plans/{planId}/dashboard}), the same number of segments
 * and the same literal ones; for any other pattern (wildcards, a variable within a segment, a regular expression), the
 * literal beginning before its first variable or wildcard. A path that passes may still not match; one that fails
 * cannot. Plain Java.
 */
final class PathShape {

    private final String prefix;
    private final String[] segments; // null for a pattern checked by its prefix only; a null element is a variable

    private PathShape(String prefix, String[] segments) {
        this.prefix = prefix;
        this.segments = segments;
    }

    static PathShape of(String pattern) {
        String prefix = literalPrefix(pattern);
        if (!pattern.startsWith("/") || pattern.endsWith("/")) {
            return new PathShape(prefix, null);
        }
        String[] parts = pattern.substring(1).split("/", -1);
        String[] segments = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (isWholeVariable(part)) {
                segments[i] = null;
            } else if (part.isEmpty() || literalPrefix(part).length() < part.length()) {
                return new PathShape(prefix, null); // a wildcard, a variable within a segment, an empty segment
            } else {
                segments[i] = part;
            }
        }
        return new PathShape(prefix, segments);
    }

    /** Whether a path without escapes or path parameters may match the pattern. */
    boolean mayMatch(String path) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (segments == null || path.endsWith("/") || path.contains("//")) {
            return true; // Spring decides
        }
        int start = 1;
        for (int i = 0; i < segments.length; i++) {
            int end = path.indexOf('/', start);
            boolean last = i == segments.length - 1;
            if (last != (end < 0)) {
                return false; // fewer or more segments than the pattern
            }
            if (end < 0) {
                end = path.length();
            }
            String literal = segments[i];
            if (literal != null
                    && (end - start != literal.length() || !path.regionMatches(start, literal, 0, literal.length()))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** The pattern up to its first variable, wildcard or single-character wildcard. */
    static String literalPrefix(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }

    /** {@code {name}}: a whole segment captured, without a regular expression or a rest-of-path capture. */
    private static boolean isWholeVariable(String part) {
        return part.length() > 2
                && part.charAt(0) == '{'
                && part.charAt(part.length() - 1) == '}'
                && part.indexOf('{', 1) < 0
                && part.indexOf('}') == part.length() - 1
                && part.indexOf(':') < 0
                && part.indexOf('*') < 0;
    }
}
