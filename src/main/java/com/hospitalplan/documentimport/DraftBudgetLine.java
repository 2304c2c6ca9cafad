package com.hospitalplan.documentimport;

import java.math.BigDecimal;

/**
 * An amount of money the document plans, or a total it states.
 *
 * @param label what the amount is for, as the document words it (the clause or the table row's label)
 * @param amount the amount in 万元 (1亿元 is 10000)
 * @param amountText the amount as written ("1 亿元", "60,000")
 * @param year the year it is for (from the sentence or the heading above it), or {@code null} for the whole period
 * @param perYear the document says 每年 (the amount is for every year)
 * @param approximate the document says 约/近/左右
 * @param span the amount's text
 */
public record DraftBudgetLine(
        String label,
        BigDecimal amount,
        String amountText,
        Integer year,
        boolean perYear,
        boolean approximate,
        Span span) {}
