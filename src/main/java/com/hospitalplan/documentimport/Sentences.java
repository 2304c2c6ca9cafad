package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a line ("。；！？" end one) and the clauses of a sentence ("，：" end one), with their offsets in the
 * document, and the classes of wording that say a sentence looks back rather than ahead.
 */
final class Sentences {

    /** A piece of text and its offset in the document. */
    record Piece(String text, int start) {

        int end() {
            return start + text.length();
        }

        Span span() {
            return new Span(start, end());
        }
    }

    /** Wording of what has been done, not of what is planned: its figures are baselines, not targets. */
    private static final List<String> PAST = List.of(
            "已经",
            "已建成",
            "已完成",
            "已获",
            "已申报",
            "已入选",
            "已初步",
            "已达",
            "五年来",
            "五年间",
            "以来",
            "先后",
            "现有",
            "目前",
            "共投入",
            "总投入",
            // a report of results: "《公报》显示", "据介绍", "取得显著成效", "比上年增加"
            "显示",
            "据介绍",
            "取得显著成效",
            "取得显著成就",
            "比上年",
            "较上年");

    private static final java.util.regex.Pattern BASELINE_NOTE =
            java.util.regex.Pattern.compile("[(（](?:目前|现状|现有|现为|当前)[^)）]{0,20}[)）]");

    private Sentences() {}

    static List<Piece> sentences(Line line) {
        return split(line.text(), line.start(), "。；;！？!?");
    }

    /** The clauses of a sentence; a comma inside quotation marks ("“纵到底，横到边”的…体系") ends none. */
    static List<Piece> clauses(Piece sentence) {
        List<Piece> pieces = new ArrayList<>();
        String text = sentence.text();
        int from = 0;
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? 0 : text.charAt(i);
            if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            }
            if (i == text.length() || (!quoted && "，,：:".indexOf(c) >= 0)) {
                int end = i == text.length() ? i : i + 1;
                if (end > from) {
                    pieces.add(new Piece(text.substring(from, end), sentence.start() + from));
                }
                from = end;
            }
        }
        return pieces;
    }

    static boolean looksBack(String sentence) {
        // "从现有的 2 个增加到 10 个", "在现有基础上": the present as the starting point of what is planned
        // "1家已达到…推荐标准的社区卫生服务中心开展…": a set described by what it has reached, in a sentence of targets
        // "5.0‰（目前8.1‰）": a bracket giving the present value beside a target
        String plain = BASELINE_NOTE
                .matcher(sentence)
                .replaceAll("")
                .replace("从现有", "")
                .replace("由现有", "")
                .replace("在现有", "")
                .replace("已达到", "");
        for (String word : PAST) {
            if (plain.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A chapter on the past or the situation (建设基础, 发展成就, 发展环境, 面临的形势, 存在差距): no targets there. */
    static boolean isBackground(String title) {
        // "基础设施建设" is a task, not the foundations laid so far
        title = title.replace("基础设施", "").replace("基础建设", "");
        for (String word : List.of("基础", "成就", "回顾", "环境", "形势", "差距", "现状", "问题", "挑战", "机遇")) {
            if (title.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Piece> split(String text, int offset, String ends) {
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ends.indexOf(text.charAt(i)) >= 0) {
                int end = i == text.length() ? i : i + 1;
                if (end > from) {
                    pieces.add(new Piece(text.substring(from, end), offset + from));
                }
                from = end;
            }
        }
        return pieces;
    }
}
