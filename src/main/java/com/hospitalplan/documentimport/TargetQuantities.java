package com.hospitalplan.documentimport;

import java.util.List;
import java.util.regex.Matcher;

/**
 * What decides whether a quantity in running text is a target, and where a clause or a bracket after a target ends:
 * the predicates {@link TextTargets} reads clauses with.
 */
final class TargetQuantities {

    private TargetQuantities() {}

    /** A quantity that is a target: a unit, comparator or suffix; no year, ordinal, name part or budget amount. */
    static boolean isTarget(Matcher m, String text) {
        String num = m.group("num");
        String unit = m.group("unit");
        String pre = m.group("pre");
        String suf = m.group("suf");
        if (unit == null && pre == null && suf == null) {
            return false;
        }
        int numStart = m.start("num");
        int before = numStart;
        while (before > 0 && Line.isBlank(text.charAt(before - 1))) {
            before--;
        }
        if (before > 0 && text.charAt(before - 1) == '前') {
            return false;
        }
        if (before > 0 && text.charAt(before - 1) == '第') {
            return false;
        }
        if (before > 0 && text.charAt(before - 1) == '等' && countsTheList(text.substring(0, before - 1), num)) {
            return false;
        }
        if (isBaseline(text, m.start(), m.end())) {
            return false;
        }
        if (before > 0 && text.charAt(before - 1) == '了') {
            // "增长了1.6%": what has happened
            return false;
        }
        if (("岁".equals(unit) || "级".equals(unit))
                && suf != null
                && m.end() < text.length()
                && isCjk(text.charAt(m.end()))
                && !startsAny(text, m.end(), "标准", "水平")) {
            // "15岁以上吸烟率", "二级以上医院中…": a figure that names the set the indicator counts
            return false;
        }
        if (numStart > 0 && (Character.isLetter(text.charAt(numStart - 1)) && text.charAt(numStart - 1) < 128)) {
            return false;
        }
        if (pre != null
                && m.start() > 0
                && text.charAt(m.start() - 1) < 128
                && Character.isLetter(text.charAt(m.start() - 1))) {
            return false;
        }
        char next = m.end() < text.length() ? text.charAt(m.end()) : '。';
        if (unit != null && startsAny(text, m.end(), "方面", "环节", "维度", "原则", "步骤", "阶段", "层次", "领域")) {
            return false;
        }
        if (unit == null && suf == null && (next == '年' || next == '月' || next == '日' || next == '大')) {
            return false;
        }
        boolean chinese = !Numbering.isDigit(num.charAt(0));
        if (chinese
                && suf == null
                && pre == null
                && (isCjk(next) || unit == null || m.start() == 0 || !precededByVerb(text, m.start()))) {
            return false;
        }
        if (("万元".equals(unit) || "亿元".equals(unit)) && pre == null) {
            return false;
        }
        return !(num.length() == 4 && next == '年');
    }

    static boolean hasValue(String text) {
        Matcher value = TextTargets.VALUE.matcher(text);
        while (value.find()) {
            if (isTarget(value, text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "廉江市、吴川市、遂溪县等3个": the figure counts the items just listed, it is no target; "集成平台、数据中心…等20个系统"
     * lists a few of more, and the figure is one.
     */
    static boolean countsTheList(String listed, String num) {
        int items = listed.split("、", -1).length;
        int value = Numbering.isDigit(num.charAt(0))
                ? Integer.parseInt(Texts.digits(num).replaceAll("\\..*", ""))
                : "零一二三四五六七八九".indexOf(num.charAt(0));
        return items > 1 && items == value;
    }

    /**
     * A figure the wording gives as the starting point: "从现有的 2 个增加到 10 个以上", "由 6.03 张提高到…", "在原基础（6 个）
     * 上实现增至 7 个".
     */
    static boolean isBaseline(String text, int start, int end) {
        int open = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start));
        if (open >= 0
                && Math.max(text.lastIndexOf(')', start), text.lastIndexOf('）', start)) < open
                && TextTargets.BASELINE_INSIDE.matcher(text.substring(open)).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, start - 8), start).strip();
        if (TextTargets.BASELINE_BRACKET.matcher(before).find()) {
            return true;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 16));
        return TextTargets.BASELINE_FROM.matcher(before).find() && (rest.contains("到") || rest.contains("至"));
    }

    /** A bracket right after a target holds its parts ("5个(西医3个、中医2个)") or an override ("（遂溪县达到80%左右）"). */
    static int bracketEnd(String text, int open) {
        if (TextTargets.BASELINE_INSIDE.matcher(text.substring(open)).find()) {
            return open;
        }
        for (int i = open + 1; i < text.length() && i < open + 40; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                Matcher inner = TextTargets.VALUE.matcher(text.substring(open + 1, i));
                while (inner.find()) {
                    if (inner.group("unit") != null || inner.group("suf") != null) {
                        return i + 1;
                    }
                }
                return open;
            }
        }
        return open;
    }

    static int clauseEnd(String text, int from) {
        int end = text.length();
        while (end > from && "，,；;。：:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    static boolean startsAny(String text, int at, String... words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    static boolean precededByVerb(String text, int at) {
        for (String verb : List.of("达到", "达", "为", "至少", "进入", "增加", "新增", "引进", "创建", "建成", "组建")) {
            if (text.startsWith(verb, Math.max(0, at - verb.length())) && at >= verb.length()) {
                return true;
            }
        }
        return false;
    }

    static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** The year of a time frame in the sentence ("到2025年", "2022年6月底前", "至2020年底"), or {@code null}. */
    static Integer timeFrame(String sentence) {
        int year = Texts.yearIn(sentence);
        return year == 0 ? null : year;
    }
}
