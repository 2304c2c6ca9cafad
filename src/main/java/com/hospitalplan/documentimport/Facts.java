package com.hospitalplan.documentimport;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, issuer, document number and period. The title is the plan's name in a notice that issues it ("…关于印发《X》的
 * 通知"), otherwise the first line near the top that names a plan (规划, 方案, 计划, 意见) with the short lines around it
 * that belong to it; the period is a year range in the title ("2021—2025年", "(2018—2022)") or a 五年规划 (十四五);
 * the document number is one that stands on a line of its own near the top; the issuer is the body that issues the
 * notice, or the one that signs the document at its end.
 */
final class Facts {

    private static final Pattern NUMBER =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,12}[〔\\[［(（][0-9]{4}[〕\\]］)）]\\s*[0-9]{1,4}\\s*号");
    private static final Pattern RANGE = Pattern.compile("([0-9]{4})\\s*年?\\s*[-—–~～至到－]{1,2}\\s*([0-9]{4})");
    private static final Pattern NOTICE = Pattern.compile("^(.{2,40}?)关于印发《?(.{4,80}?)》?的通知$");
    private static final List<String> PLAN_WORDS = List.of("规划", "方案", "计划", "意见", "纲要");
    private static final List<String> BODIES = List.of("医院", "政府", "办公室", "局", "委员会", "卫健委", "中心", "院");
    private static final int TOP = 60;

    private Facts() {}

    static DraftFacts read(List<Line> lines) {
        String title = null;
        Span titleSpan = null;
        String issuer = null;
        String number = null;
        int limit = Math.min(lines.size(), TOP);
        for (int i = 0; i < limit && title == null; i++) {
            Line line = lines.get(i);
            Matcher notice = NOTICE.matcher(line.text());
            if (notice.matches()) {
                issuer = notice.group(1).strip();
                title = notice.group(2).strip();
                int at = line.start() + notice.start(2);
                titleSpan = new Span(at, at + title.length());
            } else if (isTitleLine(line)) {
                int first = i;
                int last = i;
                if (i > 0 && isShort(previous(lines, i))) {
                    first = previous(lines, i).index();
                }
                Line next = next(lines, i);
                if (next != null && isContinuation(next)) {
                    last = next.index();
                }
                Line from = lines.get(first);
                Line to = lines.get(last);
                StringBuilder joined = new StringBuilder();
                for (int k = first; k <= last; k++) {
                    joined.append(lines.get(k).text().strip());
                }
                title = joined.toString().replace(" ", "");
                titleSpan = new Span(from.start(), to.end());
            }
        }
        for (int i = 0; i < limit && number == null; i++) {
            Matcher m = NUMBER.matcher(lines.get(i).text());
            if (m.matches()) {
                number = m.group();
            }
        }
        if (issuer == null) {
            issuer = signature(lines);
        }
        Integer start = null;
        Integer end = null;
        if (title != null) {
            Matcher range = RANGE.matcher(title);
            if (range.find()) {
                start = Integer.valueOf(range.group(1));
                end = Integer.valueOf(range.group(2));
            } else if (title.contains("十四五")) {
                start = 2021;
                end = 2025;
            } else if (title.contains("十五五")) {
                start = 2026;
                end = 2030;
            } else if (title.contains("十三五")) {
                start = 2016;
                end = 2020;
            }
        }
        return new DraftFacts(title, issuer, number, start, end, titleSpan, List.of());
    }

    private static boolean isTitleLine(Line line) {
        String text = line.text();
        return text.length() >= 6
                && text.length() <= 60
                && !line.isTableRow()
                && Numbering.at(text) == null
                && Schedule.containsAny(text, PLAN_WORDS)
                && text.indexOf('。') < 0
                && text.indexOf('，') < 0
                && !text.startsWith("根据")
                && !text.startsWith("为");
    }

    private static boolean isShort(Line line) {
        return line != null
                && line.text().length() <= 20
                && line.text().length() >= 2
                && Numbering.at(line.text()) == null
                && line.text().indexOf('：') < 0
                && !line.text().contains("目录")
                && Texts.yearIn(line.text()) == 0
                && !Schedule.containsAny(line.text(), PLAN_WORDS)
                && line.text().indexOf('|') < 0;
    }

    private static boolean isContinuation(Line line) {
        String text = line.text();
        return text.length() <= 30
                && (text.startsWith("(") || text.startsWith("（") || Schedule.containsAny(text, PLAN_WORDS))
                && Numbering.at(text) == null;
    }

    /** The signing body: a short line naming a body just before a date near the end. */
    private static String signature(List<Line> lines) {
        int seen = 0;
        for (int i = lines.size() - 1; i > 0 && seen < 12; i--) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (Texts.yearIn(line.text()) > 0 && line.text().length() <= 20) {
                Line before = previous(lines, i);
                if (before != null && before.text().length() <= 30 && endsWithBody(before.text())) {
                    return before.text().strip();
                }
            }
        }
        return null;
    }

    private static boolean endsWithBody(String text) {
        for (String body : BODIES) {
            if (text.endsWith(body)) {
                return true;
            }
        }
        return false;
    }

    private static Line previous(List<Line> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k);
            }
        }
        return null;
    }

    private static Line next(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k);
            }
        }
        return null;
    }
}
