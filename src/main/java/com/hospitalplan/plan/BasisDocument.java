package com.hospitalplan.plan;

import jakarta.persistence.Embeddable;

/** A document the plan is based on, e.g. 《…“登峰计划”的意见》(粤府办〔2018〕20号). */
@Embeddable
public record BasisDocument(String title, String number) {}
