package com.hospitalplan.documentimport;

import com.hospitalplan.documentimport.Sentences.Piece;
import com.hospitalplan.targets.ParseResult;
import com.hospitalplan.targets.TargetParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets in running text: in each clause of a sentence that looks ahead, every quantity with a unit or a comparator
 * ("70%以上", "不低于10%", "新增2名", "每年减少 20%", "2-4 项") and every grade or event a verb reaches ("达到四级甲等",
 * "通过国家认证", "零突破", "全覆盖"). The name is the text before the quantity back to the previous one ("博士10名、
 * 硕士200名"), without the time frame, hedge and verb; where nothing stands before it, the text after it ("申报 2-4 项
 * 国家级自然科学基金"). A list after 分别 pairs its names and values, and the last value's comparator applies to each.
 * Each target is read by the target parser; the sentence's time frame ("到2025年") gives its year.
 */
final class TextTargets {

    private static final String NUM = "[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]{1,4}";
    private static final Pattern VALUE =
            Pattern.compile("(?<pre>≥|≤|＞|＜|>|<|不低于|不少于|不超过|不高于|低于|高于|小于|大于|至少有|至少|超过)?\\s*"
                    + "(?<num>" + NUM + ")(?:\\s*[-~～—–至到]\\s*(?:" + NUM + "))?\\s*"
                    + "(?<unit>个百分点|百分点|万人次|人次|万元|亿元|万平方米|张/千人|%|％|‰|个|名|人|项|家|所|门|篇|件|例|台|套|张|床|场|天|分钟|小时|岁"
                    + "|级(?:甲等|乙等|水平)?|平方米|㎡|m²|倍|位|批|支|部|种|类|期)?"
                    + "(?<suf>及以上|或以上|以上|以下|以内|左右|上下)?");
    private static final Pattern EVENT = Pattern.compile("(?:达到|达|创建|创成|争创|成为|进入|通过|晋升为?|实现|完成)"
            + "(?<grade>[一二三]级(?:[甲乙丙]等)?(?:综合性?医院|中医院|中医医院|妇幼保健院|专科医院)|[一二三四五六七八九]级[甲乙丙]等|[ABC]\\+{0,2}(?:甚至[ABC]\\+{0,2})?级?|推荐标准|基本标准|零突破|全覆盖"
            + "|国家级?(?:基层版)?认证|国家级?评审|国家认证)"
            + "|(?<whole>零突破|全覆盖|全部达到|全部化解|全部完成)"
            + "|(?<rank>(?:全国|全省|全市|省内|区内|[\\u4e00-\\u9fa5]{2,3}[省市])[^，。；、]{0,14}?(?:前[0-9一二三四五六七八九十]{1,3}[名强位]?|第[一二三]))"
            + "|(?<trend>(?:逐年|持续|稳步|逐步|明显)(?:增加|提高|提升|降低|下降|减少|增长)|合理控制|控制在合理范围内?)");
    private final TargetParser parser;
    private final List<DraftIndicator> found = new ArrayList<>();

    TextTargets(TargetParser parser) {
        this.parser = parser;
    }

    List<DraftIndicator> found() {
        return found;
    }

    void read(Piece sentence, String chapter) {
        Integer year = timeFrame(sentence.text());
        for (Piece clause : Sentences.clauses(sentence)) {
            if (clause.text().contains("分别")) {
                list(clause, sentence, year, chapter);
            } else {
                values(clause, sentence, year, chapter);
            }
            events(clause, sentence, year, chapter);
        }
    }

    private void values(Piece clause, Piece sentence, Integer year, String chapter) {
        String text = clause.text();
        Matcher m = VALUE.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (!isTarget(m, text)) {
                continue;
            }
            int start = TargetNames.withAggregation(text, m.start());
            int end = m.end();
            String name = TargetNames.name(text.substring(previousEnd, start));
            if ("%".equals(m.group("unit")) && text.startsWith("的", end)) {
                end = clauseEnd(text, end);
                name = TargetNames.name(text.substring(m.end() + 1, end));
            } else if (end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(')) {
                end = bracketEnd(text, end);
            }
            if (name.length() < 2 || TargetNames.ONLY_VERBS.contains(name)) {
                name = TargetNames.name(TargetNames.after(text, m.end()));
            }
            String readAs = null;
            String targetText = text.substring(start, end).strip();
            for (String word : List.of("每年", "年均", "新增", "累计")) {
                int at = text.lastIndexOf(word, start);
                if (readAs == null && at >= previousEnd && !targetText.startsWith(word)) {
                    readAs = word + targetText;
                }
            }
            add(name, m.group("unit"), targetText, readAs, year, clause.start() + start, sentence, chapter);
            previousEnd = end;
            if (end > m.end()) {
                m.region(end, text.length());
            }
        }
    }

    /** "甲、乙、丙分别达到35%、15%、15%以上": one target per name, the last comparator applying to each. */
    private void list(Piece clause, Piece sentence, Integer year, String chapter) {
        String text = clause.text();
        int split = text.indexOf("分别");
        Matcher m = VALUE.matcher(text);
        List<int[]> values = new ArrayList<>();
        String suffix = null;
        while (m.find()) {
            if (m.start() > split && isTarget(m, text)) {
                values.add(new int[] {m.start(), m.end()});
                suffix = m.group("suf");
            }
        }
        if (values.isEmpty()) {
            values(clause, sentence, year, chapter);
            return;
        }
        String[] names = TargetNames.name(text.substring(0, split)).split("[、和及]");
        for (int i = 0; i < values.size(); i++) {
            int[] v = values.get(i);
            String targetText = text.substring(v[0], v[1]).strip();
            String readAs = suffix != null && !targetText.endsWith(suffix) ? targetText + suffix : null;
            String name = names.length == values.size() ? names[i] : String.join("、", names);
            Matcher unit = VALUE.matcher(targetText);
            add(
                    name,
                    unit.matches() ? unit.group("unit") : null,
                    targetText,
                    readAs,
                    year,
                    clause.start() + v[0],
                    sentence,
                    chapter);
        }
    }

    private void events(Piece clause, Piece sentence, Integer year, String chapter) {
        Matcher m = EVENT.matcher(clause.text());
        while (m.find()) {
            if (m.group("trend") != null) {
                trend(m, clause, sentence, year, chapter);
                continue;
            }
            String plain = m.group("whole") != null ? "whole" : m.group("rank") != null ? "rank" : null;
            if (plain != null) {
                String name = TargetNames.name(clause.text().substring(0, m.start()));
                if (name.length() >= 2 || plain.equals("rank")) {
                    add(
                            name.isEmpty() ? m.group(plain) : name,
                            null,
                            m.group(plain),
                            null,
                            year,
                            clause.start() + m.start(plain),
                            sentence,
                            chapter);
                }
                continue;
            }
            int start = m.start("grade");
            String name = TargetNames.name(clause.text().substring(0, m.start()));
            String grade = m.group("grade");
            String targetText =
                    grade.contains("认证") || grade.contains("评审") ? clause.text().substring(m.start(), m.end()) : grade;
            int at = grade.contains("认证") || grade.contains("评审") ? m.start() : start;
            if (name.length() >= 2) {
                add(name, null, targetText, null, year, clause.start() + at, sentence, chapter);
            }
        }
    }

    /** "逐年提高", "持续降低", "合理控制": a direction without a figure, when nothing in the clause gives a figure. */
    private void trend(Matcher m, Piece clause, Piece sentence, Integer year, String chapter) {
        String rest = clause.text().substring(m.end());
        Matcher value = VALUE.matcher(rest);
        while (value.find()) {
            if (isTarget(value, rest)) {
                return;
            }
        }
        String name = TargetNames.name(clause.text().substring(0, m.start()));
        if (name.length() < 2) {
            name = TargetNames.name(TargetNames.after(clause.text(), m.end()));
        }
        if (name.length() >= 2) {
            add(name, null, m.group("trend"), null, year, clause.start() + m.start("trend"), sentence, chapter);
        }
    }

    private void add(
            String name,
            String unit,
            String targetText,
            String readAs,
            Integer year,
            int start,
            Piece sentence,
            String chapter) {
        Span span = new Span(start, start + targetText.length());
        if (found.stream()
                .anyMatch(f ->
                        f.span().start() < span.end() && span.start() < f.span().end())) {
            return;
        }
        ParseResult result = parser.parse(readAs == null ? targetText : readAs, unit);
        found.add(new DraftIndicator(
                name,
                unit,
                null,
                targetText,
                readAs,
                year,
                result.understood() ? result.target() : null,
                "TEXT",
                chapter,
                span,
                sentence.span()));
    }

    /** A quantity that is a target: a unit, comparator or suffix; no year, ordinal, name part or budget amount. */
    private static boolean isTarget(Matcher m, String text) {
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

    /** A bracket right after a target holds its parts ("5个(西医3个、中医2个)") or an override ("（遂溪县达到80%左右）"). */
    private static int bracketEnd(String text, int open) {
        for (int i = open + 1; i < text.length() && i < open + 40; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                Matcher inner = VALUE.matcher(text.substring(open + 1, i));
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

    private static int clauseEnd(String text, int from) {
        int end = text.length();
        while (end > from && "，,；;。：:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean startsAny(String text, int at, String... words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByVerb(String text, int at) {
        for (String verb : List.of("达到", "达", "为", "至少", "进入", "增加", "新增", "引进", "创建", "建成", "组建")) {
            if (text.startsWith(verb, Math.max(0, at - verb.length())) && at >= verb.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /** The year of a time frame in the sentence ("到2025年", "2022年6月底前", "至2020年底"), or {@code null}. */
    static Integer timeFrame(String sentence) {
        int year = Texts.yearIn(sentence);
        return year == 0 ? null : year;
    }
}
