package com.hospitalplan.documentimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of money as plans write them: "500 万元", "1 亿元", "60,000" in a table in 万元, "500 万专项经费". */
final class Money {

    /** An amount in a text: its value in 万元, the text as written and where it stands in that text. */
    record Amount(BigDecimal wanYuan, String written, int start, int end) {}

    private static final Pattern AMOUNT =
            Pattern.compile("(?<num>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\\s*(?<unit>亿元|万元|亿|万(?=专项|经费|资金|的资金|用于))");

    private Money() {}

    static List<Amount> amounts(String text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            BigDecimal value = Texts.number(m.group("num").replace("．", "."));
            if (value == null) {
                continue;
            }
            if (m.group("unit").startsWith("亿")) {
                value = value.multiply(BigDecimal.valueOf(10000));
            }
            amounts.add(new Amount(
                    new BigDecimal(value.stripTrailingZeros().toPlainString()), m.group(), m.start(), m.end()));
        }
        return amounts;
    }
}
