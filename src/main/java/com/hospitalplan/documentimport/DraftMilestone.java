package com.hospitalplan.documentimport;

import java.math.BigDecimal;

/**
 * What the document says is due by a year or a date ("2022年6月底前住院综合大楼建成投用"), or stands under a
 * yearly schedule heading ("（一）2018 年进度").
 *
 * @param year the year it is due
 * @param month the month where the document names one, otherwise {@code null}
 * @param text the sentence as written
 * @param plannedCost an amount in 万元 the sentence names ("人才经费约 400 万元"), otherwise {@code null}
 * @param span the sentence
 */
public record DraftMilestone(int year, Integer month, String text, BigDecimal plannedCost, Span span) {}
