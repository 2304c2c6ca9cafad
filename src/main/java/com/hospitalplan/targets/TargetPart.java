package com.hospitalplan.targets;

import java.math.BigDecimal;

/** One part of a sub-breakdown: "嘉兴市医学重点学科 5个（西医3个、中医2个）" has parts 西医 3 and 中医 2. */
public record TargetPart(String label, BigDecimal value, String unit) {}
