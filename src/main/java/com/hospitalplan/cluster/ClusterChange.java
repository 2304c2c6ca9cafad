package com.hospitalplan.cluster;

/**
 * A change another application instance committed, published on this instance as an application event (on the change
 * feed's thread) for whatever keeps a copy of the changed data in memory.
 *
 * @param topic what changed, in the words of the module that announced it (for example {@code "report"})
 * @param subject which one of them, in the topic's own terms, or {@code null}
 */
public record ClusterChange(String topic, String subject) {

    private static final String ANY = "*";

    /** Changes were missed (the feed lost them while this instance was away): anything may have changed. */
    public static final ClusterChange EVERYTHING = new ClusterChange(ANY, null);

    /** Whether a copy kept of {@code topic} is out of date: the topic changed, or everything may have. */
    public boolean concerns(String topic) {
        return everything() || this.topic.equals(topic);
    }

    /** Whether everything may have changed: every copy is out of date. */
    public boolean everything() {
        return ANY.equals(topic);
    }
}
