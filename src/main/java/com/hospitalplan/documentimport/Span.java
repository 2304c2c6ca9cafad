package com.hospitalplan.documentimport;

/** Where an extracted item stands in the document's text: characters {@code [start, end)}. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad span " + start + ".." + end);
        }
    }
}
