package com.hospitalplan.plan;

/**
 * The target as a place of the document states it: where it stands and its wording ("正文（二）", "31个").
 *
 * @param source where it stands in the document
 */
public record TargetStatement(String source, String targetText) {}
