package com.hospitalplan.targets;

import tools.jackson.databind.json.JsonMapper;

/**
 * A target's reading as it is stored with the target's wording: the understood target as JSON (or none), who read it
 * (the parser of a version, or a planner in the structured form). Reads use the stored reading; the wording is read
 * again only when it is saved, or when a planner accepts a newer parser's different reading.
 *
 * @param reading the understood target as JSON, {@code null} when the wording could not be understood
 * @param readBy {@link ReadBy#PARSER} or {@link ReadBy#PLANNER}
 * @param parserVersion the version of the parser that read it; {@code null} for a planner's entry
 */
public record StoredTarget(String reading, ReadBy readBy, Integer parserVersion) {

    /** Who understood a target. */
    public enum ReadBy {
        PARSER,
        PLANNER
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TargetParser PARSER = new TargetParser();

    /** The reading of {@code text}: the planner's structured entry where there is one, otherwise the parser's. */
    public static StoredTarget read(String text, Target structured, TargetContext context) {
        if (structured != null) {
            return new StoredTarget(write(structured), ReadBy.PLANNER, null);
        }
        ParseResult result = PARSER.parse(text, context);
        return new StoredTarget(
                result.understood() ? write(result.target()) : null, ReadBy.PARSER, TargetParser.VERSION);
    }

    /** The target as understood, or {@code null}. */
    public Target target() {
        return target(reading);
    }

    /** Whether the current parser reads the same wording differently (never for a planner's entry). */
    public boolean outdatedFor(String text, TargetContext context) {
        return replacedBy(read(text, null, context));
    }

    /**
     * Whether {@code fresh}, the current parser's reading of the same wording, would replace this one: a planner's
     * entry never is; the parser's is when the reading or the parser's version differs.
     */
    public boolean replacedBy(StoredTarget fresh) {
        return readBy != ReadBy.PLANNER && !equals(fresh);
    }

    public static String write(Target target) {
        return target == null ? null : JSON.writeValueAsString(target);
    }

    public static Target target(String reading) {
        return reading == null ? null : JSON.readValue(reading, Target.class);
    }

    /**
     * What the parser may know of an indicator when it reads its target.
     *
     * @param reporters how many institutions report the indicator (0 when not known)
     */
    public static TargetContext context(String unit, String name, int reporters) {
        return new TargetContext(unit, name, reporters == 0 ? null : reporters > 1);
    }
}
