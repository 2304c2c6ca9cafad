package com.hospitalplan.documentimport;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The words around a target quantity in running text: the aggregation word that belongs to it ("每年减少 20%"), and
 * the indicator's name without time frame, hedge and verb.
 */
final class TargetNames {

    private static final List<String> AGGREGATIONS = List.of(
            "逐年增长", "逐年提高", "逐年减少", "每年减少", "每年增长", "每年下降", "每年降低", "每年降", "新增", "净增", "增加", "减少", "下降", "降低", "增长",
            "每年", "年均", "累计", "共");
    /** A named base year before a change: "较2015年下降30%". */
    private static final java.util.regex.Pattern BASE_YEAR = java.util.regex.Pattern.compile("[较比][0-9]{4}年\\s*$");

    private static final List<String> LEADS =
            List.of("到", "至", "截至", "力争", "争取", "确保", "基本", "努力", "使", "并", "全面", "其中", "和", "及", "、");
    private static final List<String> VERBS = List.of(
            "提高到", "提升到", "增加到", "增至", "降至", "降低到", "下降到", "控制在", "保持在", "达到", "达", "为", "分别", "不低于", "不少于", "突破", "要",
            "应");

    /**
     * Words that name an action or only the document's own place, not an indicator: the indicator stands after the
     * figure ("创建2个名医工作室", "我市16家升级建设单位").
     */
    static final java.util.Set<String> ONLY_VERBS = java.util.Set.of(
            "创建", "建设", "申报", "引进", "争取", "实现", "完成", "培养", "培育", "打造", "建成", "组建", "新建", "开展", "我市", "我县", "我区", "我省",
            "我院", "全市", "全县", "全区", "全省", "全院");

    /** Time frames ("到2025年底前", "于“十四五”期间内", "三年内") and the starting point ("在原基础（6 个）上"). */
    private static final java.util.regex.Pattern TIME_FRAME =
            java.util.regex.Pattern.compile("(?:到|至|截至|于)?[0-9０-９]{4}\\s*年(?:[0-9]{1,2}月)?(?:底|末)?(?:前|以前)?"
                    + "|(?:力争)?于?[“\"]?十[一二三四五]五[”\"]?(?:期间|时期|末)内?|[一二三四五六七八九十两]年内"
                    + "|在?原基础(?:[（(][^）)]*[）)])?上");
    /** The tail of a bracket opened in an earlier clause ("下同）"). */
    private static final java.util.regex.Pattern UNOPENED_BRACKET = java.util.regex.Pattern.compile("^[^（(]*[）)]");

    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[、，,（(]+|[、，,（(的]+$");

    private TargetNames() {}

    /** Where the target starts: an aggregation word just before the quantity belongs to it ("每年减少 20%"). */
    static int withAggregation(String text, int start) {
        int at = start;
        boolean moved = true;
        while (moved) {
            moved = false;
            int before = at;
            while (before > 0 && Line.isBlank(text.charAt(before - 1))) {
                before--;
            }
            for (String word : AGGREGATIONS) {
                if (before >= word.length() && text.startsWith(word, before - word.length())) {
                    at = before - word.length();
                    moved = true;
                    break;
                }
            }
        }
        Matcher base = BASE_YEAR.matcher(text.substring(Math.max(0, at - 8), at));
        if (at < start && base.find()) {
            at = at - (Math.min(8, at) - base.start());
        }
        return at;
    }

    /** The name: the words before the quantity without time frame, hedge, verb and list marks. */
    static String name(String raw) {
        String text = TIME_FRAME.matcher(raw).replaceAll("");
        text = UNOPENED_BRACKET.matcher(text).replaceFirst("").strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            for (String lead : LEADS) {
                if (text.startsWith(lead) && text.length() > lead.length()) {
                    text = text.substring(lead.length()).strip();
                    changed = true;
                }
            }
            for (String verb : VERBS) {
                if (text.endsWith(verb)) {
                    text = text.substring(0, text.length() - verb.length()).strip();
                    changed = true;
                }
            }
        }
        return EDGES.matcher(text).replaceAll("").strip();
    }

    /**
     * The items of a list of names of one kind ("社区人群脑卒中知晓率、治疗率和控制率": the later items end as the first does),
     * each one a name; otherwise the name alone.
     */
    static List<String> sameKindItems(String name) {
        String[] items = name.split("、|和|及");
        if (items.length < 2) {
            return List.of(name);
        }
        char last = items[0].isEmpty() ? 0 : items[0].charAt(items[0].length() - 1);
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            if (item.length() < 2 || (i > 0 && item.length() > 8) || item.charAt(item.length() - 1) != last) {
                return List.of(name);
            }
        }
        return List.of(items);
    }

    static String after(String text, int from) {
        String rest = text.substring(from);
        int stop = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if ("，,；;。、".indexOf(rest.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        return rest.substring(0, stop);
    }
}
