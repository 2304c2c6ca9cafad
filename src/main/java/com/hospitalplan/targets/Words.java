package com.hospitalplan.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * The vocabulary the target parser reads by (comparators, verbs, aggregation, set, event, grade and benchmark words)
 * and the small text helpers it uses, each linear in the length of the text. Plain Java.
 */
final class Words {

    private Words() {}

    static final List<String> TIME_WORDS =
            List.of("到", "至", "截至", "截止", "于", "在", "底前", "年底前", "年末", "年底", "底", "末", "前", "以前", "之前", "内", "期间", "时");
    static final List<String> MORE_PREFIX = List.of(">", "大于", "超过", "高于", "多于", "突破", "逾", "超");
    static final List<String> LESS_PREFIX = List.of("<", "小于", "低于", "少于");
    static final List<String> AT_LEAST_SUFFIX = List.of("及以上", "或以上", "以上", "之上");
    static final List<String> ABOUT_SUFFIX = List.of("左右", "上下");
    static final List<String> REACH_VERBS = List.of(
            "达到", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至", "增长到", "增长至", "上升到", "上升至", "扩大到", "扩大至", "保持在",
            "稳定在", "维持在", "超过", "达", "为", "是");
    static final List<String> FALL_WORDS = List.of("下降", "降低", "减少", "缩短", "压缩", "压降", "降幅", "降", "减");
    /** Words that make a percentage a growth rate ("平均增长幅度控制在10%以下", "增幅"). */
    static final List<String> SUM_WORDS = List.of("累计", "共计", "合计", "总计", "累积", "总共", "共培养", "共引进", "共计划");

    static final List<String> SET_WORDS =
            List.of("全部", "所有", "每个", "每家", "每所", "每一个", "每一家", "100%的", "各级", "各类", "各", "均", "全面", "一律");
    static final List<String> RANK_WORDS = List.of("进入", "排名", "排位", "位居", "位列", "跻身", "名列");
    static final List<String> EVENT_WORDS = List.of(
            "施工", "开建", "招标", "营运", "形成", "享有", "启动建设", "完工", "开业", "开诊", "营业", "落成", "交付", "迁入", "搬迁", "推开", "成为",
            "投入服务", "投入使用", "投入运营", "交付使用", "开工建设", "开工", "动工", "主体封顶", "封顶", "竣工验收", "竣工", "建成", "投用", "启用", "运行",
            "运营", "通过", "认证", "评审", "验收", "获批", "挂牌", "突破", "化解", "取消", "实现", "完成", "取得", "设立", "成立", "创建", "达标", "覆盖",
            "建立", "开展", "入选", "提供", "启动", "实行", "健全", "设置", "配置", "配备", "争创", "打造", "共享", "建设", "落实", "推行", "推广", "具备",
            "纳入", "接入", "消除", "全覆盖");
    static final List<String> LEVEL_VERBS = List.of(
            "实现创", "创", "跻身", "达到", "创建", "建成", "争创", "晋升为", "晋升到", "晋升", "保持在", "保持", "进入", "达", "为", "评为", "通过",
            "创成");
    static final List<String> STANDARD_LEVELS = List.of("推荐标准", "基本标准");

    static final List<String> HEDGES = List.of("力争", "争取", "确保", "基本", "努力", "原则上", "初步");

    static final List<String> AT_LEAST_PREFIX =
            List.of("≥", "不低于", "不少于", "不得少于", "不得低于", "至少", "至少有", "至少要有", "至少要", "不小于", "最少");

    static final List<String> AT_MOST_PREFIX = List.of("≤", "不超过", "不得超过", "不高于", "不大于", "不多于", "最多", "最高");

    static final List<String> ABOUT_PREFIX = List.of("大约", "约", "近");

    static final List<String> AT_MOST_SUFFIX = List.of("及以下", "或以下", "以下", "以内", "之内", "内");

    static final List<String> DOWN_VERBS = List.of(
            "降为", "减至", "减为", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "控制在", "减少到", "减少至", "缩短到", "缩短至", "压缩到", "压缩至",
            "压降至", "压降到");

    static final List<String> RISE_WORDS = List.of("提高", "提升", "增长", "增加", "上升", "扩大", "增幅", "增");

    static final List<String> GROWTH_NOUNS = List.of("增长幅度", "增长率", "增幅", "增速", "增长速度");

    static final List<String> PER_YEAR_WORDS = List.of("平均每年", "每年度", "每年", "年均", "年平均", "逐年", "年度");

    static final List<String> NEW_WORDS = List.of(
            "加设", "扩增", "新开", "新增", "净增", "再增加", "新引进", "新创建", "增补", "新建", "增设", "新提供", "新打造", "新开设", "新设", "创建", "争创",
            "增加");

    static final List<String> INSTITUTION_NOUNS = List.of(
            "院", "总院", "省", "医疗卫生机构", "医院", "卫生院", "机构", "中心", "县", "区", "市", "镇", "乡", "村", "街道", "科室", "卫生室", "服务站",
            "站", "单位", "医共体", "共同体", "学科", "专科", "社区");

    static final List<String> BENCHMARK_WORDS = List.of(
            "前列", "服务能力", "能力水平", "省均", "市均", "领先水平", "先进水平", "水平", "行列", "平均水平", "平均值", "均值", "中位数", "国家标准", "行业标准",
            "省定标准", "建设标准", "国家规定", "规定", "要求", "标准");

    static final List<String> LEVEL_TAILS = List.of(
            "\"", "目标", "综合性医院", "综合医院", "中医医院", "中医院", "专科医院", "妇幼保健院", "医院", "技术水平", "服务能力", "能力水平", "水平", "标准", "行列",
            "等级", "评审", "要求");

    static final List<String> BENCHMARK_COMPARATORS = List.of(
            "不小于", "不少于", "不大于", "大于", "小于", "不低于", "不高于", "不超过", "高于", "超过", "优于", "好于", "低于", "达到", "符合", "满足", "达",
            "按照", "参照", "按", "超", "进入", "居于", "以");

    /** The word of {@code words} that starts at {@code at}, the longest first, or {@code null}. */
    static String startingWord(String text, int at, List<String> words) {
        String best = null;
        for (String word : words) {
            if (text.startsWith(word, at) && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best;
    }

    static String endingWord(String text, List<String> words) {
        String best = null;
        for (String word : words) {
            if (text.endsWith(word) && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best;
    }

    static String firstWord(String text, List<String> words) {
        int best = -1;
        String found = null;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (best < 0 || at < best || (at == best && word.length() > found.length()))) {
                best = at;
                found = word;
            }
        }
        return found;
    }

    static int indexOfAny(String text, List<String> words) {
        String found = firstWord(text, words);
        return found == null ? -1 : text.indexOf(found);
    }

    static int lastIndexOfAny(String text, List<String> words) {
        int best = -1;
        for (String word : words) {
            int at = text.lastIndexOf(word);
            if (at > best) {
                best = at;
            }
        }
        return best;
    }

    static boolean endsWithAny(String text, List<String> words) {
        return endingWord(text, words) != null;
    }

    static boolean startsWithInstitutionNoun(String text) {
        int limit = Math.min(text.length(), 12);
        for (int i = 0; i < limit; i++) {
            String verb = startingWord(text, i, List.of("达到", "建成", "配置", "配备", "设置", "实现", "开展", "通过", "均"));
            if (verb != null) {
                return endsWithAny(text.substring(0, i), INSTITUTION_NOUNS);
            }
        }
        return false;
    }

    /** What the set must meet: the words after the set noun, from the verb on ("县级医院达到推荐标准" → "达到推荐标准"). */
    static String conditionText(String after) {
        String rest = after.startsWith("均") ? after.substring(1) : after;
        int limit = Math.min(rest.length(), 16);
        for (int i = 0; i < limit; i++) {
            if (startingWord(
                            rest, i, List.of("达到", "建成", "配置", "配备", "设置", "实现", "开展", "通过", "为", "达", "都有", "均有", "有"))
                    != null) {
                String before = rest.substring(0, i);
                if (before.isEmpty()
                        || endsWithAny(before, INSTITUTION_NOUNS)
                        || endsWithAny(before, List.of("均", "都", "全部", "全都", "一律"))) {
                    return rest.substring(i);
                }
            }
        }
        return rest;
    }

    /** The set noun right after a set word ("所有县级医院建成" → "县级医院"). */
    static String setNoun(String after) {
        String condition = conditionText(after);
        String noun = after.substring(0, after.length() - condition.length());
        boolean verbFirst = startingWord(after, 0, List.of("达到", "达", "建成", "实现", "配置", "配备", "通过")) != null;
        if (noun.isEmpty() && !verbFirst && setNounEnd(after) > 0) {
            noun = after.substring(0, setNounEnd(after));
        }
        return withoutWords(noun, List.of("均", "都", "全部", "全都", "一律"));
    }

    /** Where an institution noun among the first few characters ends ("公立医院每年…" → 4), or -1. */
    static int setNounEnd(String text) {
        int limit = Math.min(text.length(), 10);
        int end = -1;
        for (int i = 0; i < limit; i++) {
            String noun = startingWord(text, i, INSTITUTION_NOUNS);
            if (noun != null) {
                end = i + noun.length();
                String more = startingWord(text, end, INSTITUTION_NOUNS);
                return more == null ? end : end + more.length();
            }
        }
        return end;
    }

    static boolean reachWords(String text) {
        return text.startsWith("达到") || text.startsWith("达标") || text.startsWith("覆盖") || text.startsWith("实现");
    }

    /** A span of years stands before the value ("5年引进博士10名", "三年内培养"). */
    static boolean spanBefore(String label) {
        int year = label.indexOf('年');
        return year > 0 && !label.startsWith("每年") && !label.contains("每年") && !label.contains("年均");
    }

    /** "5年引进博士" → "引进博士", "三年内培养" → "培养". */
    static String withoutLeadingSpan(String label) {
        int i = 0;
        while (i < label.length() && (Chars.isDigit(label.charAt(i)) || ChineseNumbers.isNumeral(label.charAt(i)))) {
            i++;
        }
        if (i == 0 || Chars.charAt(label, i) != '年') {
            return label;
        }
        i++;
        String tail = startingWord(label, i, List.of("时间内", "时间", "内", "间", "的时间"));
        return label.substring(tail == null ? i : i + tail.length());
    }

    /** The text without the given words at its end ("争创" → "", "电子病历达到" → "电子病历"). */
    static String withoutWords(String text, List<String> words) {
        String rest = text;
        String word;
        while (!rest.isEmpty() && (word = endingWord(rest, words)) != null) {
            rest = rest.substring(0, rest.length() - word.length());
        }
        return rest;
    }

    static String labelWithout(String label, String first, String last) {
        String text = withoutLeadingSpan(label);
        if (first != null) {
            int at = text.indexOf(first);
            if (at >= 0) {
                text = text.substring(0, at) + text.substring(at + first.length());
            }
        }
        if (last != null && text.endsWith(last)) {
            text = text.substring(0, text.length() - last.length());
        }
        return trimPunctuation(text);
    }

    static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && ",;:、.!?\"".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",;:、.!?\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean in(List<String> words, String word) {
        return word != null && words.contains(word);
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
