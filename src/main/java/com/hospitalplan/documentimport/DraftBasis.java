package com.hospitalplan.documentimport;

/**
 * A document the plan says it is based on (编制依据): "根据《…的通知》（粤府办〔2018〕20号）".
 *
 * @param title the title inside 《》, without the marks
 * @param number the document number (文号) written after it, or {@code null}
 * @param span the title and number as written
 */
public record DraftBasis(String title, String number, Span span) {}
