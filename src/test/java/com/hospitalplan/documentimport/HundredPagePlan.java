package com.hospitalplan.documentimport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long plan for measuring the extractor: the five seed texts one after the other, again and again, each round with
 * its years moved on by the round's number (2025 → 2026 …), until the text is {@code pages} pages of about 1,500
 * characters.
 */
final class HundredPagePlan {

    static final int CHARACTERS_PER_PAGE = 1_500;
    private static final List<String> SEEDS =
            List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");
    private static final Pattern YEAR = Pattern.compile("20(\\d\\d)");

    private HundredPagePlan() {}

    static String text(int pages) {
        StringBuilder text = new StringBuilder();
        for (int round = 0; text.length() < pages * CHARACTERS_PER_PAGE; round++) {
            for (String seed : SEEDS) {
                text.append(shifted(SeedFigures.seedText(seed), round)).append('\n');
            }
        }
        return text.substring(0, pages * CHARACTERS_PER_PAGE);
    }

    private static String shifted(String text, int years) {
        if (years == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(2000 + Integer.parseInt(m.group(1)) + years));
        }
        m.appendTail(out);
        return out.toString();
    }
}
