package com.hospitalplan.documentimport;

import static com.hospitalplan.documentimport.TargetQuantities.bracketEnd;
import static com.hospitalplan.documentimport.TargetQuantities.clauseEnd;
import static com.hospitalplan.documentimport.TargetQuantities.hasValue;
import static com.hospitalplan.documentimport.TargetQuantities.isTarget;
import static com.hospitalplan.documentimport.TargetQuantities.timeFrame;

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
 * Each target is read by the target parser; the sentence's time frame ("到2025年") gives its year. Besides figures and
 * grades: benchmarks ("达到省内先进水平"), a tier's capability ("达到“三级医院”服务能力"), something built ("建成中国房颤中心")
 * and counts of institutions reaching a standard ("至少1家卫生院达到…"); never a starting point ("从现有的 2 个增加到…",
 * "(目前8.1‰)"), a count of the items just listed, or a set qualifier ("15岁以上吸烟率"). docs/document-import.md
 * lists every class with its examples.
 */
final class TextTargets {

    private static final String NUM = "[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千]{1,4}";
    static final Pattern VALUE = Pattern.compile("(?<pre>≥|≤|＞|＜|>|<|不低于|不少于|不超过|不高于|低于|高于|小于|大于|至少有|至少|超过)?\\s*"
            + "(?<num>" + NUM + ")(?:\\s*[-~～—–至到]\\s*(?:" + NUM + "))?\\s*"
            + "(?<unit>个百分点|百分点|亿人次|万人次|人次|亿人|万人|万元|亿元|万平方米|张/千人|/10万|/十万|/万|%|％|‰|个|名|人|项|家|所|门|篇|件|例|台|套|张|床|场|天|分钟|小时|岁"
            + "|级(?:甲等|乙等|水平)?|平方米|㎡|m²|倍|位|批|支|部|种|类|期)?"
            + "(?<suf>及以上|或以上|以上|以下|以内|左右|上下)?");
    private static final Pattern EVENT = Pattern.compile("(?:达到|达|创建|创成|争创|成为|进入|通过|晋升为?|实现|完成|排名在)"
            + "(?<grade>[\\u4e00-\\u9fa5]{0,10}?(?:推荐标准|基本标准)|[一二三]级(?:[甲乙丙]等)?(?:综合性?医院|中医院|中医医院|妇幼保健院|专科医院)|[一二三四五六七八九]级[甲乙丙]等|[ABC]\\+{0,2}(?:甚至[ABC]\\+{0,2})?级?|推荐标准|基本标准|零突破|全覆盖"
            + "|国家级?(?:基层版)?认证|国家级?评审|国家认证)"
            + "|(?<whole>零突破|全覆盖|全部达到|全部化解|全部完成)"
            + "|(?<rank>(?:全国|全省|全市|省内|区内|[\\u4e00-\\u9fa5]{2,3}[省市])[^，。；、]{0,14}?(?:前[0-9一二三四五六七八九十]{1,3}[名强位]?|第[一二三](?![\\u4e00-\\u9fa5&&[^名位]])))"
            + "|(?<benchmark>(?:达到|高于|不低于|不小于|优于|位居|居于?)"
            + "(?:(?:全国|全省|全市|全区|国内|省内|区内|市内|国家|同级|同类)[^，。；、]{0,8}?(?:先进|领先|平均|一流|前列)水平"
            + "|政策规定的?[^，。；、]{0,10}|《[^》]{2,30}》(?:[(（][^)）]{0,20}[)）])?(?:规定|要求)))"
            + "|(?<capability>(?<=达到)[“\"]?[^，。；、]{0,30}?(?:医院|中心)[”\"]?的?(?:医疗)?(?:服务)?能力(?:水平)?)"
            + "|(?<build>(?:(?:初步|基本|全面)?(?:建成|建设成为|申报建立)|(?:初步|基本|全面)建立)(?:“[^”。；]{0,20}”|[^，。；]){2,50}?(?:中心|基地|工作站|平台|体系|系统|制度|医共体|医联体|医疗集团)"
            + "(?:[、和][^，。；、]{2,12}?(?:中心|基地|工作站|平台|体系|系统))*)"
            + "|(?<trend>(?:逐年|持续|稳步|逐步|明显)(?:增加|提高|提升|降低|下降|减少|增长)|合理控制|控制在合理范围内?)");
    /** What a vision says, not something one can check as built: "一流", "现代化", "高水平", "知名"… */
    private static final Pattern ASPIRATION = Pattern.compile("一流|现代化|高水平|先进|知名|领先");
    /** A set the clause's subject names ("所有县级医院", "各镇卫生院"): it belongs to the target it opens. */
    private static final Pattern SET = Pattern.compile("(?:所有|全部|各|每个)[\\u4e00-\\u9fa5]{1,10}$");

    /** "至少1家卫生院达到…", "至少1000家县医院要达到…": a count of the institutions that reach a standard. */
    private static final Pattern COUNTED_SET =
            Pattern.compile("[\\u4e00-\\u9fa5]{0,12}?(?:医院|卫生院|机构|中心)(?:要|均|全部)?(?:达到|建成|通过)");

    private static final Pattern RATE_AFTER = Pattern.compile("[\\u4e00-\\u9fa5]{0,10}?(?:率|比例|比重|占比)");
    /** A bracket after a figure that gives the present or an earlier year's value: "(目前8.1‰)", "(2014年为3.6亿人)". */
    static final Pattern BASELINE_INSIDE = Pattern.compile("^[(（](?:目前|现状|现为|当前|基线|基期|[0-9]{4}年)");

    static final Pattern BASELINE_BRACKET = Pattern.compile("(?:基础|原|现有|现状)[（(]$");
    static final Pattern BASELINE_FROM = Pattern.compile("[从由](?:现有的?|原来的?|目前的?|[0-9]{4}年(?:底|末)?的?)?$");
    private static final Pattern BUILD_VERB = Pattern.compile("^(?:(?:初步|基本|全面)?(?:建成|建设成为|申报建立)|(?:初步|基本|全面)建立)");

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
            while (start < m.end() && Line.isBlank(text.charAt(start))) {
                start++; // the target's span starts at its first character, not at the blank before the figure
            }
            int end = m.end();
            String name = TargetNames.name(text.substring(previousEnd, start));
            if ("%".equals(m.group("unit"))
                    && text.startsWith("的", end)
                    && RATE_AFTER.matcher(text.substring(end + 1)).lookingAt()) {
                // "达52.7%的总体近视率每年降0.5%以上": the figure describes the rate whose target follows
                continue;
            }
            if ("%".equals(m.group("unit")) && text.startsWith("的", end)) {
                end = clauseEnd(text, end);
                name = TargetNames.name(text.substring(m.end() + 1, end));
            } else if (COUNTED_SET.matcher(text.substring(end)).lookingAt()
                    && List.of("家", "所", "个").contains(m.group("unit"))) {
                end = clauseEnd(text, end);
                name = TargetNames.name(text.substring(m.end(), end));
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
                int start = m.start();
                while (start < m.end() && Line.isBlank(text.charAt(start))) {
                    start++;
                }
                values.add(new int[] {start, m.end()});
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
            if (m.group("benchmark") != null || m.group("capability") != null || m.group("build") != null) {
                stated(m, clause, sentence, year, chapter);
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

    /**
     * A benchmark ("达到省内先进水平", "不小于《…标准》规定", "达到政策规定的补偿比例"), a tier's capability ("达到“三级医院”
     * 服务能力") or something built ("建成中国房颤中心", "初步建成…远程医疗服务体系", "申报建立博士后科研工作站、博士工作站"):
     * a yes/no target, named by what stands before it in the clause (or in the clause before: "…人民医院，达到…"). A
     * benchmark after a list of rates ("知晓率、治疗率和控制率达到省内先进水平") applies to each.
     */
    private void stated(Matcher m, Piece clause, Piece sentence, Integer year, String chapter) {
        if (m.group("build") != null) {
            built(m, clause, sentence, year, chapter);
            return;
        }
        String group = m.group("benchmark") != null ? "benchmark" : "capability";
        String targetText = m.group(group);
        String name = TargetNames.name(clause.text().substring(0, m.start(group)));
        if (name.length() < 2 && clause.start() > sentence.start()) {
            List<Piece> before = Sentences.clauses(
                    new Piece(sentence.text().substring(0, clause.start() - sentence.start()), sentence.start()));
            name = before.isEmpty()
                    ? name
                    : TargetNames.name(before.get(before.size() - 1).text());
        }
        if (name.length() < 2) {
            return;
        }
        int at = clause.start() + m.start(group);
        List<String> items = group.equals("benchmark") ? TargetNames.sameKindItems(name) : List.of(name);
        for (String item : items) {
            add(item, null, targetText, null, year, at, sentence, chapter, items.size() > 1);
        }
    }

    /**
     * Something built: "建成中国房颤中心"; a list of things of one kind ("申报建立博士后科研工作站、博士工作站、院士工作站") gives
     * one target per item, each item as written with the verb added in {@code readAs}.
     */
    private void built(Matcher m, Piece clause, Piece sentence, Integer year, String chapter) {
        String written = m.group("build");
        Matcher verb = BUILD_VERB.matcher(written);
        int objectStart = verb.find() ? verb.end() : 0;
        String object = written.substring(objectStart);
        List<String> items = TargetNames.sameKindItems(object);
        String text = clause.text();
        if (ASPIRATION.matcher(object).find()
                || (m.start("build") > 0 && text.charAt(m.start("build") - 1) == '以')
                || hasValue(text.substring(m.end("build")))) {
            return;
        }
        String before = TargetNames.name(text.substring(0, m.start("build")));
        if (items.size() == 1) {
            String name = before.length() >= 2 && !TargetNames.ONLY_VERBS.contains(before) ? before : object.strip();
            int start = m.start("build");
            Matcher set = SET.matcher(text.substring(0, start));
            if (set.find()) {
                start = set.start();
                written = text.substring(start, m.end("build"));
            }
            add(name, null, written, null, year, clause.start() + start, sentence, chapter);
            return;
        }
        int from = m.start("build") + objectStart;
        for (String item : items) {
            int at = clause.text().indexOf(item, from);
            add(item, null, item, verb.group() + item, year, clause.start() + at, sentence, chapter);
            from = at + item.length();
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
        add(name, unit, targetText, readAs, year, start, sentence, chapter, false);
    }

    /** {@code shared}: one wording stating the target of several names, each of them a target on the same span. */
    private void add(
            String name,
            String unit,
            String targetText,
            String readAs,
            Integer year,
            int start,
            Piece sentence,
            String chapter,
            boolean shared) {
        Span span = new Span(start, start + targetText.length());
        if (found.stream()
                .anyMatch(f -> f.span().start() < span.end()
                        && span.start() < f.span().end()
                        && !(shared && f.span().equals(span)))) {
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
                sentence.span(),
                List.of()));
    }
}
