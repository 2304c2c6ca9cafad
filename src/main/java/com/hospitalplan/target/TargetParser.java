package com.hospitalplan.target;

import com.hospitalplan.target.TargetScanner.Quantity;
import com.hospitalplan.target.TargetScanner.Scan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Understands a target written the way Chinese plans write it, by the slots of docs/targets.md: a time frame, a
 * subject or set, a hedge, an aggregation, a verb, a comparator, the value with its unit, a suffix comparator and a
 * stretch; or an event, a grade, a rank or a benchmark instead of a value.
 *
 * <p>The wording is normalised once ({@link TargetWording}), scanned once for its quantities and years
 * ({@link TargetScanner}), and the slots are filled from what stands before and after the target quantity. No
 * regular expression is used, so the time taken grows with the length of the text and no more; texts longer than
 * {@link #MAX_LENGTH} are refused. Plain Java, stateless and thread-safe. The original text is kept in the result.
 */
public final class TargetParser {

    /** The parser's version, stored with every reading so that a better parser's changes can be listed. */
    public static final int VERSION = 2;

    /** The longest target wording read; the indicator table keeps targets of up to 500 characters. */
    public static final int MAX_LENGTH = 500;

    /** Percentages and counts beyond this many digits are absurd, not targets. */
    private static final int MAX_DIGITS = 12;

    private static final List<String> HEDGES = List.of("力争", "争取", "确保", "基本", "努力", "原则上", "初步");
    private static final List<String> TIME_WORDS =
            List.of("到", "至", "截至", "截止", "于", "在", "底前", "年底前", "年末", "年底", "底", "末", "前", "以前", "之前", "内", "期间", "时");
    private static final List<String> AT_LEAST_PREFIX =
            List.of("≥", "不低于", "不少于", "不得少于", "不得低于", "至少", "至少有", "至少要有", "至少要", "不小于", "最少");
    private static final List<String> MORE_PREFIX = List.of(">", "大于", "超过", "高于", "多于", "突破", "逾", "超");
    private static final List<String> AT_MOST_PREFIX = List.of("≤", "不超过", "不得超过", "不高于", "不大于", "不多于", "最多", "最高");
    private static final List<String> LESS_PREFIX = List.of("<", "小于", "低于", "少于");
    private static final List<String> ABOUT_PREFIX = List.of("大约", "约", "近");
    private static final List<String> AT_LEAST_SUFFIX = List.of("及以上", "或以上", "以上", "之上");
    private static final List<String> AT_MOST_SUFFIX = List.of("及以下", "或以下", "以下", "以内", "之内", "内");
    private static final List<String> ABOUT_SUFFIX = List.of("左右", "上下");
    private static final List<String> DOWN_VERBS = List.of(
            "降为", "减至", "减为", "降至", "降到", "降低到", "降低至", "下降到", "下降至", "控制在", "减少到", "减少至", "缩短到", "缩短至", "压缩到", "压缩至",
            "压降至", "压降到");
    private static final List<String> REACH_VERBS = List.of(
            "达到", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至", "增长到", "增长至", "上升到", "上升至", "扩大到", "扩大至", "保持在",
            "稳定在", "维持在", "超过", "达", "为", "是");
    private static final List<String> RISE_WORDS = List.of("提高", "提升", "增长", "增加", "上升", "扩大", "增幅", "增");
    private static final List<String> FALL_WORDS = List.of("下降", "降低", "减少", "缩短", "压缩", "压降", "降幅", "降", "减");
    /** Words that make a percentage a growth rate ("平均增长幅度控制在10%以下", "增幅"). */
    private static final List<String> GROWTH_NOUNS = List.of("增长幅度", "增长率", "增幅", "增速", "增长速度");

    private static final List<String> PER_YEAR_WORDS = List.of("平均每年", "每年度", "每年", "年均", "年平均", "逐年", "年度");
    private static final List<String> SUM_WORDS = List.of("累计", "共计", "合计", "总计", "累积", "总共", "共培养", "共引进", "共计划");
    private static final List<String> NEW_WORDS = List.of(
            "加设", "扩增", "新开", "新增", "净增", "再增加", "新引进", "新创建", "增补", "新建", "增设", "新提供", "新打造", "新开设", "新设", "创建", "争创",
            "增加");
    private static final List<String> SET_WORDS =
            List.of("全部", "所有", "每个", "每家", "每所", "每一个", "每一家", "100%的", "各级", "各类", "各", "均", "全面", "一律");
    private static final List<String> INSTITUTION_NOUNS = List.of(
            "院", "总院", "省", "医疗卫生机构", "医院", "卫生院", "机构", "中心", "县", "区", "市", "镇", "乡", "村", "街道", "科室", "卫生室", "服务站",
            "站", "单位", "医共体", "共同体", "学科", "专科", "社区");
    private static final List<String> RANK_WORDS = List.of("进入", "排名", "排位", "位居", "位列", "跻身", "名列");
    private static final List<String> BENCHMARK_WORDS = List.of(
            "前列", "服务能力", "能力水平", "省均", "市均", "领先水平", "先进水平", "水平", "行列", "平均水平", "平均值", "均值", "中位数", "国家标准", "行业标准",
            "省定标准", "建设标准", "国家规定", "规定", "要求", "标准");
    private static final List<String> EVENT_WORDS = List.of(
            "施工", "开建", "招标", "营运", "形成", "享有", "启动建设", "完工", "开业", "开诊", "营业", "落成", "交付", "迁入", "搬迁", "推开", "成为",
            "投入服务", "投入使用", "投入运营", "交付使用", "开工建设", "开工", "动工", "主体封顶", "封顶", "竣工验收", "竣工", "建成", "投用", "启用", "运行",
            "运营", "通过", "认证", "评审", "验收", "获批", "挂牌", "突破", "化解", "取消", "实现", "完成", "取得", "设立", "成立", "创建", "达标", "覆盖",
            "建立", "开展", "入选", "提供", "启动", "实行", "健全", "设置", "配置", "配备", "争创", "打造", "共享", "建设", "落实", "推行", "推广", "具备",
            "纳入", "接入", "消除", "全覆盖");
    private static final List<String> LEVEL_TAILS = List.of(
            "\"", "目标", "综合性医院", "综合医院", "中医医院", "中医院", "专科医院", "妇幼保健院", "医院", "技术水平", "服务能力", "能力水平", "水平", "标准", "行列",
            "等级", "评审", "要求");
    private static final List<String> LEVEL_VERBS = List.of(
            "实现创", "创", "跻身", "达到", "创建", "建成", "争创", "晋升为", "晋升到", "晋升", "保持在", "保持", "进入", "达", "为", "评为", "通过",
            "创成");
    private static final List<String> BENCHMARK_COMPARATORS = List.of(
            "不小于", "不少于", "不大于", "大于", "小于", "不低于", "不高于", "不超过", "高于", "超过", "优于", "好于", "低于", "达到", "符合", "满足", "达",
            "按照", "参照", "按", "超", "进入", "居于", "以");
    private static final List<String> STANDARD_LEVELS = List.of("推荐标准", "基本标准");

    /** Parses {@code text}; see {@link #parse(String, TargetContext)}. */
    public ParseResult parse(String text) {
        return parse(text, TargetContext.NONE);
    }

    /** Parses {@code text} with the indicator's unit as the only context. */
    public ParseResult parse(String text, String unitHint) {
        return parse(text, TargetContext.ofUnit(unitHint));
    }

    /** Parses {@code text} as a target of an indicator described by {@code context}. */
    public ParseResult parse(String text, TargetContext context) {
        if (text == null || text.isBlank()) {
            return ParseResult.error("target.parse.empty");
        }
        if (text.length() > MAX_LENGTH) {
            return ParseResult.error("target.parse.tooLong", String.valueOf(MAX_LENGTH));
        }
        String normalized = TargetWording.normalize(text);
        if (normalized.contains("分别")) {
            return ParseResult.error("target.parse.several", text.strip());
        }
        String unitHint =
                TargetScanner.canonicalUnit(context.unit() == null ? null : TargetWording.normalize(context.unit()));
        Clause clause = Clause.of(normalized);
        Target target = new Reading(context, unitHint).clause(clause.text());
        if (target == null) {
            return ParseResult.error("target.parse.unrecognized", text.strip());
        }
        if (absurd(target)) {
            return ParseResult.error("target.parse.absurd", text.strip());
        }
        Target.Builder done = target.toBuilder().text(text.strip()).hedge(clause.hedge());
        if (target.targetYear() == null) {
            done.targetYear(clause.year());
        }
        if (target.baseYear() == null && target.measure() == Measure.INCREASE) {
            done.baseYear(clause.baseYear());
        }
        done.approximate(target.bound() == Bound.ABOUT);
        done.derived(indexOfAny(normalized, List.of("推算", "测算", "估算", "预估")) >= 0);
        return ParseResult.of(done.build());
    }

    /** A rank of 0 or less, a percentage of more than 1000%, a number of more digits than any plan writes. */
    private static boolean absurd(Target target) {
        BigDecimal value = target.value();
        if (value == null) {
            return false;
        }
        if (value.precision() - value.scale() > MAX_DIGITS) {
            return true;
        }
        if (target.measure() == Measure.RANK && value.signum() <= 0) {
            return true;
        }
        return "%".equals(target.unit())
                && target.measure() != Measure.YEARLY_GROWTH
                && target.measure() != Measure.INCREASE
                && value.abs().compareTo(BigDecimal.valueOf(1000)) > 0;
    }

    /**
     * The clause without its time frame and hedge: "到2025年，力争达到90%" is "达到90%" due in 2025, hedged 力争.
     */
    record Clause(String text, Integer year, Integer baseYear, String hedge) {

        static Clause of(String normalized) {
            Scan scan = TargetScanner.scan(normalized);
            StringBuilder out = new StringBuilder(normalized.length());
            String hedge = null;
            int i = 0;
            while (i < normalized.length()) {
                int yearEnd = yearPhraseEnd(normalized, i);
                if (yearEnd > i) {
                    i = yearEnd;
                    continue;
                }
                String word = startingWord(normalized, i, HEDGES);
                if (word != null && !normalized.startsWith("基本标准", i)) {
                    hedge = hedge == null ? word : hedge;
                    i += word.length();
                    continue;
                }
                out.append(normalized.charAt(i));
                i++;
            }
            String text = trimPunctuation(out.toString());
            return new Clause(text, scan.year(), scan.baseYear(), hedge);
        }

        /**
         * Where a time frame starting at {@code at} ends ("到2025年底", "2022年6月底前", "至2025年", "十四五期间", "十四五末"),
         * or {@code at} itself when none starts there. A year after 较/比 is a base year and stays.
         */
        private static int yearPhraseEnd(String text, int at) {
            int i = at;
            String lead = startingWord(text, i, List.of("截至", "截止", "到", "至", "于", "在"));
            if (lead != null) {
                i += lead.length();
            }
            String plan = startingWord(text, i, List.of("十四五", "十五五", "十三五"));
            if (plan != null) {
                int end = i + plan.length();
                String tail = startingWord(text, end, List.of("期间", "期末", "末", "时期", "时"));
                return tail == null ? at : end + tail.length();
            }
            int digits = i;
            while (digits < text.length() && TargetScanner.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits - i != 4 || TargetScanner.charAt(text, digits) != '年') {
                return at;
            }
            if (TargetScanner.precededBy(text, at, "较", "比", "与", "同")) {
                return at;
            }
            int end = digits + 1;
            int month = end;
            while (month < text.length() && TargetScanner.isDigit(text.charAt(month)) && month - end < 2) {
                month++;
            }
            if (month > end && TargetScanner.charAt(text, month) == '月') {
                end = month + 1;
                int day = end;
                while (day < text.length() && TargetScanner.isDigit(text.charAt(day)) && day - end < 2) {
                    day++;
                }
                char dayMark = TargetScanner.charAt(text, day);
                if (day > end && (dayMark == '日' || dayMark == '号')) {
                    end = day + 1;
                }
            }
            String tail;
            while ((tail = startingWord(text, end, TIME_WORDS)) != null && !tail.equals("到") && !tail.equals("至")) {
                end += tail.length();
            }
            return end;
        }
    }

    /** One reading of one clause in one context. */
    private static final class Reading {

        private final TargetContext context;
        private final String unitHint;

        Reading(TargetContext context, String unitHint) {
            this.context = context;
            this.unitHint = unitHint;
        }

        Target clause(String text) {
            if (text.isEmpty()) {
                return null;
            }
            int open = trailingBracket(text);
            if (open > 0) {
                Target bracketed = bracketed(text.substring(0, open), text.substring(open + 1, text.length() - 1));
                if (bracketed != null) {
                    return bracketed;
                }
            }
            String plain = withoutBrackets(text);
            int stretch = plain.indexOf("甚至");
            if (stretch > 0) {
                Target main = single(plain.substring(0, stretch));
                Target high = single(plain.substring(stretch + 2));
                if (main != null && main.measure() == Measure.LEVEL && high != null && high.level() != null) {
                    return main.toBuilder().stretchLevel(high.level()).build();
                }
            }
            List<String> segments = split(plain);
            if (segments.size() > 1) {
                Target scoped = scopedSegments(segments);
                if (scoped != null) {
                    return scoped;
                }
                // the clause with a figure or a grade states the target; a trend or an event only describes it
                Target fallback = null;
                for (String segment : segments) {
                    Target one = single(segment);
                    if (one == null) {
                        continue;
                    }
                    if (one.value() != null && one.value().signum() != 0 || one.level() != null) {
                        return one;
                    }
                    if (fallback == null || fallback.measure() == Measure.ACHIEVEMENT) {
                        fallback = one;
                    }
                }
                return fallback;
            }
            return single(plain);
        }

        /** "5个(西医3个、中医2个)" is a breakdown, "85%左右(遂溪县达到80%左右)" one county's own target. */
        private Target bracketed(String main, String inner) {
            Target target = clause(main);
            if (target == null) {
                return null;
            }
            Scan innerScan = TargetScanner.scan(inner);
            if (innerScan.quantities().isEmpty() && innerScan.spanYears() != null && inner.contains("周期")) {
                // "30名(以三年为一周期)": the figure is a sum over the stated span
                return target.toBuilder()
                        .measure(Measure.CUMULATIVE)
                        .spanYears(innerScan.spanYears())
                        .build();
            }
            List<String> pieces = splitOn(inner, '、', ',');
            if (pieces.size() > 1 && innerScan.quantities().size() == pieces.size()) {
                List<TargetPart> parts = new ArrayList<>();
                for (String piece : pieces) {
                    Quantity q = TargetScanner.scan(piece).last();
                    if (q == null || q.start() == 0 || q.end() != piece.length()) {
                        parts = null;
                        break;
                    }
                    parts.add(new TargetPart(piece.substring(0, q.start()), q.value(), unitOr(q.unit())));
                }
                if (parts != null) {
                    return target.toBuilder().parts(parts).build();
                }
            }
            ScopedTarget scoped = scopedTarget(inner);
            // anything else in brackets is a remark: the original wording keeps it
            return scoped == null
                    ? target
                    : target.toBuilder().scoped(List.of(scoped)).build();
        }

        /** "三级医院达到5级,二级医院达到3级以上": each tier its own target; "其他/其余" or the first is the general one. */
        private Target scopedSegments(List<String> segments) {
            List<ScopedTarget> scoped = new ArrayList<>();
            for (String segment : segments) {
                ScopedTarget one = scopedTarget(segment);
                if (one == null) {
                    return null;
                }
                scoped.add(one);
            }
            Target general = scoped.stream()
                    .filter(s -> s.scope().startsWith("其他") || s.scope().startsWith("其余"))
                    .findFirst()
                    .orElse(scoped.get(0))
                    .target();
            return general.toBuilder().scoped(scoped).build();
        }

        /** "遂溪县达到80%左右", "二级医院电子病历达到3级以上": a scope named first, then its target. */
        private ScopedTarget scopedTarget(String text) {
            int scopeEnd = -1;
            for (String noun : List.of("医院", "县", "市", "区", "镇")) {
                int at = text.indexOf(noun);
                if (at > 0 && (scopeEnd < 0 || at + noun.length() < scopeEnd)) {
                    scopeEnd = at + noun.length();
                }
            }
            if (scopeEnd <= 0 || scopeEnd >= text.length()) {
                return null;
            }
            String scope = text.substring(0, scopeEnd);
            if (startingWord(scope, 0, SET_WORDS) != null) {
                return null;
            }
            String rest = text.substring(scopeEnd);
            int verb = lastIndexOfAny(rest, List.of("达到", "为"));
            if (verb >= 0) {
                rest = rest.substring(verb);
            }
            Target target = single(rest);
            return target == null
                    ? null
                    : new ScopedTarget(scope, target.toBuilder().text(text).build());
        }

        /** One target with no brackets and no list. */
        Target single(String text) {
            if (text.isEmpty()) {
                return null;
            }
            Scan scan = TargetScanner.scan(text);
            Target set = setTarget(text, scan);
            if (set != null) {
                return withYears(set, scan);
            }
            Quantity q = scan.last();
            Target target = q != null ? quantityTarget(text, scan, q) : null;
            if (target == null) {
                target = wordTarget(text);
            }
            return target == null ? null : withYears(target, scan);
        }

        private static Target withYears(Target target, Scan scan) {
            Target.Builder b = target.toBuilder();
            if (target.targetYear() == null) {
                b.targetYear(scan.year());
            }
            if (target.baseYear() == null && scan.baseYear() != null && target.measure() == Measure.INCREASE) {
                b.baseYear(scan.baseYear());
            }
            return b.build();
        }

        /** A target without a number: a grade, a rank in words, a benchmark, a trend, an event. */
        private Target wordTarget(String text) {
            boolean byStandard = indexOfAny(text, List.of("按照", "参照", "按", "标准为")) >= 0 || text.endsWith("要求");
            Target standard = byStandard ? benchmark(text) : null;
            if (standard != null) {
                return standard;
            }
            Target ranked = superlative(text);
            if (ranked != null) {
                return ranked;
            }
            int front = text.indexOf("前列");
            if (front > 0 && !text.substring(0, front).contains("达到")) {
                // "位居全市前列": among the first, no rank stated
                String group =
                        withoutWords(text.substring(0, front), concat(RANK_WORDS, List.of("居于", "位于", "走在", "居")));
                int enter = lastIndexOfAny(group, concat(RANK_WORDS, List.of("居于", "位于", "走在")));
                if (enter >= 0) {
                    group = group.substring(enter
                            + startingWord(group, enter, concat(RANK_WORDS, List.of("居于", "位于", "走在")))
                                    .length());
                }
                return Target.builder(Measure.RANK, Bound.AT_MOST)
                        .unit("名")
                        .reference(blankToNull(trimPunctuation(group)))
                        .build();
            }
            Target level = level(text);
            if (level != null) {
                return level;
            }
            Target benchmark = benchmark(text);
            if (benchmark != null) {
                return benchmark;
            }
            Target trend = trend(text);
            if (trend != null) {
                return trend;
            }
            if (indexOfAny(text, EVENT_WORDS) >= 0) {
                return Target.builder(Measure.ACHIEVEMENT, Bound.YES)
                        .reference(text)
                        .build();
            }
            return null;
        }

        /** "逐年提高", "持续降低", "有较大幅度的增长": each year above (below) the year before. */
        private Target trend(String text) {
            int steady = indexOfAny(text, List.of("逐年", "持续", "逐步", "稳步", "不断", "稳定"));
            int marked = indexOfAny(text, List.of("明显", "较大幅度", "显著", "大幅"));
            int at = steady >= 0 ? steady : marked;
            if (at < 0) {
                return null;
            }
            int rise = indexOfAny(text.substring(at), RISE_WORDS);
            int fall = indexOfAny(text.substring(at), FALL_WORDS);
            if (rise < 0 && fall < 0) {
                return null;
            }
            boolean down = fall >= 0 && (rise < 0 || fall < rise);
            String label = withoutWords(text.substring(0, at), List.of("有", "的"));
            // "逐年提高": each year above the year before; "明显提升": above the baseline by the target year
            Measure measure = steady >= 0 ? Measure.YEARLY_GROWTH : Measure.INCREASE;
            return Target.builder(measure, down ? Bound.AT_MOST : Bound.AT_LEAST)
                    .value(BigDecimal.ZERO)
                    .unit(steady >= 0 ? "%" : unitHint)
                    .strict(true)
                    .reference(blankToNull(trimPunctuation(label)))
                    .build();
        }

        /** "高于国家平均水平", "达到《综合医院建设标准》", "符合国家规定". */
        private Target benchmark(String text) {
            int book = text.indexOf('《');
            int named = lastIndexOfAny(text, BENCHMARK_WORDS);
            int standardIs = text.indexOf("标准为");
            if (standardIs >= 0) {
                // "建设标准为三级医院"
                return Target.builder(Measure.BENCHMARK, Bound.AT_LEAST)
                        .unit(unitHint)
                        .reference(trimPunctuation(text.substring(standardIs + 3)))
                        .build();
            }
            if (named < 0 && book < 0) {
                int by = indexOfAny(text, List.of("按照", "参照", "按"));
                if (by < 0) {
                    return null;
                }
                String by0 = startingWord(text, by, List.of("按照", "参照", "按"));
                return Target.builder(Measure.BENCHMARK, Bound.AT_LEAST)
                        .unit(unitHint)
                        .reference(trimPunctuation(text.substring(by + by0.length())))
                        .build();
            }
            int at = book >= 0 && (named < 0 || book < named) ? book : named;
            String before = text.substring(0, at);
            if (startingWord(before, 0, List.of("建成", "完成", "通过", "获批", "创建", "成立")) != null) {
                // "建成符合国家标准的…中心": the event is the target, the standard describes what is built
                return null;
            }
            Bound bound = Bound.AT_LEAST;
            boolean strict = false;
            String comparator = endingWord(before, BENCHMARK_COMPARATORS);
            if (comparator == null) {
                int anywhere = lastIndexOfAny(before, BENCHMARK_COMPARATORS);
                if (anywhere < 0) {
                    return null;
                }
                if (anywhere > 0 && before.charAt(anywhere - 1) == '不') {
                    anywhere--;
                }
                comparator = startingWord(before, anywhere, BENCHMARK_COMPARATORS);
                before = before.substring(0, anywhere + comparator.length());
            }
            switch (comparator) {
                case "高于", "超过", "优于", "好于", "超", "大于" -> strict = true;
                case "小于" -> {
                    bound = Bound.AT_MOST;
                    strict = true;
                }
                case "不大于" -> bound = Bound.AT_MOST;
                case "低于" -> {
                    bound = Bound.AT_MOST;
                    strict = true;
                }
                case "不高于", "不超过" -> bound = Bound.AT_MOST;
                default -> {}
            }
            String reference = trimPunctuation(text.substring(before.length()));
            return Target.builder(Measure.BENCHMARK, bound)
                    .strict(strict)
                    .unit(unitHint)
                    .reference(reference.isEmpty() ? text : reference)
                    .build();
        }

        /** "七级", "四级甲等", "三甲", "B++", "推荐标准", "达到5级" — a grade that is the target, not a tier in a name. */
        private Target level(String text) {
            String found = null;
            int foundAt = -1;
            for (int i = 0; i < text.length(); i++) {
                String grade = gradeAt(text, i);
                if (grade == null) {
                    continue;
                }
                int end = i + grade.length();
                String head = text.substring(0, i);
                int verb = lastIndexOfAny(head, LEVEL_VERBS);
                boolean afterVerb = verb >= 0;
                boolean tier = !grade.contains("等") && !grade.contains("甲") && !grade.contains("乙");
                boolean review = indexOfAny(text.substring(end), List.of("评审", "预评", "复评", "复审", "评价", "验收")) >= 0
                        && head.contains("通过");
                if ((tier && !afterVerb && !levelEnds(text, end, false)) || review) {
                    i = end - 1;
                    continue;
                }
                if (!levelEnds(text, end, afterVerb) || administrative(text, i)) {
                    i = end - 1;
                    continue;
                }
                found = grade;
                foundAt = i;
                i = end - 1;
            }
            if (found == null) {
                return "级".equals(unitHint) ? bareLevel(text) : null;
            }
            return Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                    .unit(unitHint)
                    .level(levelLabel(found))
                    .reference(blankToNull(trimPunctuation(withoutWords(text.substring(0, foundAt), LEVEL_VERBS))))
                    .build();
        }

        /** "七" or "达到5" on an indicator whose unit is 级. */
        private Target bareLevel(String text) {
            String bare = text;
            for (String word : List.of("达到", "及以上", "以上")) {
                bare = bare.replace(word, "");
            }
            boolean numeral = bare.length() == 1 && ChineseNumbers.startsNumber(bare.charAt(0));
            boolean digits = !bare.isEmpty()
                    && bare.length() <= 2
                    && bare.chars().allMatch(c -> TargetScanner.isDigit((char) c));
            if (!numeral && !digits) {
                return null;
            }
            return Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                    .unit(unitHint)
                    .level(bare + "级")
                    .build();
        }

        /** A grade may be followed only by what completes it: 以上, 水平, 医院, 行列… */
        private static boolean levelEnds(String text, int end, boolean afterVerb) {
            int i = end;
            String tail;
            while ((tail = startingWord(text, i, concat(AT_LEAST_SUFFIX, LEVEL_TAILS, List.of("的", "级")))) != null) {
                i += tail.length();
            }
            if (i >= text.length()) {
                return true;
            }
            // after the verb the grade is the target even when more follows ("达到三级医疗机构服务水平")
            return afterVerb;
        }

        /** "市镇村三级", "省市县三级", "五级互联互通" name tiers of administration or networks, not grades. */
        private static boolean administrative(String text, int at) {
            char before = TargetScanner.charAt(text, at - 1);
            return before == '村' || before == '县' || before == '镇' || before == '乡';
        }

        /** The grade written at {@code at}, or {@code null}. */
        private static String gradeAt(String text, int at) {
            for (String standard : STANDARD_LEVELS) {
                if (text.startsWith(standard, at)) {
                    return standard;
                }
            }
            char c = text.charAt(at);
            if (c >= 'A' && c <= 'D' && !isLetter(TargetScanner.charAt(text, at - 1))) {
                int end = at + 1;
                while (TargetScanner.charAt(text, end) == '+') {
                    end++;
                }
                char next = TargetScanner.charAt(text, end);
                if (isLetter(next) || TargetScanner.isDigit(next)) {
                    return null;
                }
                if (next == '级' || next == '等') {
                    end++;
                }
                return text.substring(at, end);
            }
            int end = at;
            if (TargetScanner.isDigit(c)) {
                while (TargetScanner.isDigit(TargetScanner.charAt(text, end))) {
                    end++;
                }
                if (end - at > 2 || TargetScanner.precededBy(text, at, ".")) {
                    return null;
                }
            } else if ("一二三四五六七八九十".indexOf(c) >= 0 && !TargetScanner.isDigit(TargetScanner.charAt(text, at - 1))) {
                end = at + 1;
                if (c == '十' && "一二三四五六七八九".indexOf(TargetScanner.charAt(text, end)) >= 0) {
                    end++;
                }
            } else {
                return null;
            }
            char after = TargetScanner.charAt(text, end);
            if (after == '级') {
                int gradeEnd = end + 1;
                String grade = startingWord(text, gradeEnd, List.of("甲等", "乙等", "丙等", "特等", "甲", "乙", "丙"));
                return text.substring(at, grade == null ? gradeEnd : gradeEnd + grade.length());
            }
            if ((after == '甲' || after == '乙') && end - at == 1 && "一二三四五".indexOf(c) >= 0) {
                return text.substring(at, end + 1);
            }
            return null;
        }

        /** "A级" is grade "A", "七级" stays "七级", "三级甲" is "三级甲等". */
        private static String levelLabel(String grade) {
            if (grade.length() >= 2 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'D') {
                return grade.endsWith("级") || grade.endsWith("等") ? grade.substring(0, grade.length() - 1) : grade;
            }
            if (grade.endsWith("级甲") || grade.endsWith("级乙") || grade.endsWith("级丙")) {
                return grade + "等";
            }
            return grade;
        }

        /**
         * "90%的县级医院达到推荐标准", "全部达到", "所有县级医院建成", "均达到三级医院能力水平", "至少有一家县级医院达到二级甲等":
         * a share or a count of a set meeting a condition. Only where the subject is a set: for one institution the same
         * words are its own target.
         */
        private Target setTarget(String text, Scan scan) {
            Target share = shareOfSet(text, scan);
            if (share != null) {
                return share;
            }
            Target count = countOfSet(text, scan);
            if (count != null) {
                return count;
            }
            int at = -1;
            String word = null;
            for (int i = 0; i < text.length() && word == null; i++) {
                word = startingWord(text, i, SET_WORDS);
                at = i;
            }
            if (Boolean.FALSE.equals(context.setSubject())) {
                // one institution: "全部达到" is its own yes/no, whatever it must reach is read by the other slots
                boolean own = word != null && at == 0 && reachWords(text.substring(word.length()));
                return own && TargetScanner.scan(text).quantities().isEmpty() && level(text) == null
                        ? Target.builder(Measure.ACHIEVEMENT, Bound.YES)
                                .reference(text)
                                .build()
                        : null;
            }
            boolean coverage = text.contains("全覆盖");
            if (word == null) {
                // "人口超过10万的县都将具备…": 都 after a set noun
                int all = text.indexOf("都");
                if (all > 0 && endsWithAny(text.substring(0, all), INSTITUTION_NOUNS)) {
                    word = "都";
                    at = all;
                }
            }
            if (word == null && !coverage) {
                return null;
            }
            if (word != null && (word.equals("全面") || word.equals("各级") || word.equals("各类"))) {
                return null;
            }
            if ("均".equals(word) && conditionStart(text.substring(at + 1)) != 0 && !text.startsWith("已", at + 1)) {
                // "超省均": an average, not "each of them"
                return null;
            }
            String before = word == null ? "" : text.substring(0, at);
            String after = word == null ? text : text.substring(at + word.length());
            boolean institutions = endsWithAny(before, INSTITUTION_NOUNS)
                    || startsWithInstitutionNoun(after)
                    || (word != null && !word.equals("均") && !word.equals("全部") && setNounEnd(after) > 0)
                    || (before.isEmpty()
                            && ((Boolean.TRUE.equals(context.setSubject()) && reachWords(after)) || nameIsASet()))
                    || (before.isEmpty() && context.setSubject() == null && reachWords(after))
                    || coverage;
            if (!institutions) {
                return null;
            }
            String condition = word == null ? "" : conditionText(after);
            Target inner = condition.isEmpty() ? null : single(condition);
            if (inner != null && inner.measure() == Measure.ACHIEVEMENT) {
                inner = null;
            }
            String who = word == null ? null : blankToNull(trimPunctuation(before + setNoun(after)));
            return Target.builder(Measure.INSTITUTION_SHARE, Bound.AT_LEAST)
                    .value(BigDecimal.valueOf(100))
                    .unit("%")
                    .condition(inner)
                    .reference(who == null ? text : who)
                    .build();
        }

        /** "90%的县级医院达到基本标准", "50%达到推荐标准", "至少60%的二级及以上综合性医院应设立老年医学科". */
        private Target shareOfSet(String text, Scan scan) {
            if (scan.quantities().isEmpty()) {
                return null;
            }
            Quantity first = scan.quantities().get(0);
            if (!"%".equals(first.unit()) || first.upper() != null) {
                return null;
            }
            String prefix = text.substring(0, first.start());
            if (!prefix.isEmpty()
                    && indexOfAny(prefix, List.of("达到", "为", "占", "率", "比", "≥", "提高", "下降", "增长")) >= 0) {
                return null;
            }
            int at = first.end();
            String pre = endingWord(prefix, concat(AT_LEAST_PREFIX, ABOUT_PREFIX));
            Bound bound = in(AT_LEAST_PREFIX, pre) ? Bound.AT_LEAST : in(ABOUT_PREFIX, pre) ? Bound.ABOUT : Bound.REACH;
            String suffix = startingWord(text, at, concat(AT_LEAST_SUFFIX, ABOUT_SUFFIX));
            if (suffix != null) {
                bound = ABOUT_SUFFIX.contains(suffix) ? Bound.ABOUT : Bound.AT_LEAST;
                at += suffix.length();
            }
            boolean of = TargetScanner.charAt(text, at) == '的';
            String rest = text.substring(of ? at + 1 : at);
            boolean people = indexOfAny(rest, List.of("病人", "患者", "大病", "人口", "居民")) >= 0;
            boolean institutions = !people && (setNounEnd(rest) > 0 || rest.startsWith("达到"));
            if (!institutions) {
                return null;
            }
            int verb = conditionStart(rest);
            Target inner = verb < 0 ? null : single(rest.substring(verb));
            if (inner != null && inner.measure() == Measure.ACHIEVEMENT) {
                inner = null;
            }
            return Target.builder(Measure.INSTITUTION_SHARE, bound)
                    .value(first.value())
                    .unit("%")
                    .condition(inner)
                    .reference(blankToNull(trimPunctuation(verb > 0 ? rest.substring(0, verb) : rest)))
                    .build();
        }

        /** Where what each member must meet starts: at its verb ("县级医院达到推荐标准" → 4), or -1. */
        private static int conditionStart(String rest) {
            return indexOfAny(
                    rest,
                    List.of(
                            "达到", "要达", "达", "符合", "满足", "通过", "建成", "建有", "实现", "具备", "开展", "设置", "设立", "配备", "成为",
                            "建立", "有"));
        }

        /** "至少有一家县级医院达到二级甲等", "2家县级医院达到三级医院水平": how many of a set meet a condition. */
        private Target countOfSet(String text, Scan scan) {
            for (Quantity q : scan.quantities()) {
                if (!"家".equals(q.unit()) && !"所".equals(q.unit())) {
                    continue;
                }
                String rest = text.substring(q.end());
                int verb = indexOfAny(rest, List.of("达到", "达", "通过", "创建", "成为", "进入", "建成", "获评", "创成"));
                if (verb < 0 || verb + 2 >= rest.length()) {
                    continue;
                }
                String prefix = text.substring(0, q.start());
                Bound bound = endsWithAny(prefix, List.of("至少有", "至少", "不少于", "有")) && prefix.contains("至少")
                                || startingWord(rest, 0, AT_LEAST_SUFFIX) != null
                        ? Bound.AT_LEAST
                        : Bound.REACH;
                Target inner = single(rest.substring(verb));
                if (inner != null && inner.measure() == Measure.ACHIEVEMENT) {
                    inner = null;
                }
                return Target.builder(Measure.INSTITUTION_COUNT, bound)
                        .value(q.value())
                        .unit(q.unit())
                        .condition(inner)
                        .reference(blankToNull(trimPunctuation(rest)))
                        .build();
            }
            return null;
        }

        /** A target around its last quantity. */
        private Target quantityTarget(String text, Scan scan, Quantity q) {
            String prefix = text.substring(0, q.start());
            String suffix = text.substring(q.end());
            Target ranked = superlative(text);
            if (ranked != null) {
                return ranked;
            }
            int front = text.indexOf("前列");
            if (front > 0 && !text.substring(0, front).contains("达到")) {
                // "位居全市前列": among the first, no rank stated
                String group =
                        withoutWords(text.substring(0, front), concat(RANK_WORDS, List.of("居于", "位于", "走在", "居")));
                int enter = lastIndexOfAny(group, concat(RANK_WORDS, List.of("居于", "位于", "走在")));
                if (enter >= 0) {
                    group = group.substring(enter
                            + startingWord(group, enter, concat(RANK_WORDS, List.of("居于", "位于", "走在")))
                                    .length());
                }
                return Target.builder(Measure.RANK, Bound.AT_MOST)
                        .unit("名")
                        .reference(blankToNull(trimPunctuation(group)))
                        .build();
            }
            Target level = level(text);
            if (level != null && level.reference() != null && level.reference().length() > q.end()) {
                // the grade stands after the number: "在两年内有一所医院达到三级乙等" is read by the count, "第一人民医院…达到三级甲等" here
                return level;
            }
            if (("家".equals(q.unit()) || "所".equals(q.unit())) && q.upper() == null) {
                String built = gradeIn(suffix);
                boolean newOnes = firstWord(prefix, List.of("新建", "新设", "新增", "加设", "增设", "扩增", "新开")) != null;
                if (built != null && suffix.contains("医院") && !newOnes) {
                    // "至少要创建一所三级甲等综合医院": how many institutions of that grade
                    return Target.builder(Measure.INSTITUTION_COUNT, boundOf(prefix, suffix))
                            .value(q.value())
                            .unit(q.unit())
                            .condition(Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                                    .level(levelLabel(built))
                                    .build())
                            .reference(blankToNull(trimPunctuation(suffix)))
                            .build();
                }
                String grade = gradeIn(prefix);
                String added = firstWord(prefix, NEW_WORDS);
                boolean reached = added != null
                        && startingWord(prefix, prefix.indexOf(added) + added.length(), List.of("到", "至")) != null;
                if (grade != null && prefix.contains("医院") && (added == null || reached)) {
                    Target.Builder count = Target.builder(Measure.INSTITUTION_COUNT, boundOf(prefix, suffix))
                            .value(q.value())
                            .unit(q.unit())
                            .condition(Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                                    .level(levelLabel(grade))
                                    .build())
                            .reference(blankToNull(trimPunctuation(prefix)));
                    return count.build();
                }
            }
            Target rank = rank(prefix, suffix, q);
            if (rank != null) {
                return rank;
            }
            if (q.chinese() && q.unit() == null) {
                return null;
            }
            Bound bound = Bound.REACH;
            boolean strict = false;
            String pre =
                    endingWord(prefix, concat(AT_LEAST_PREFIX, MORE_PREFIX, AT_MOST_PREFIX, LESS_PREFIX, ABOUT_PREFIX));
            String suf = startingWord(suffix, 0, concat(AT_LEAST_SUFFIX, AT_MOST_SUFFIX, ABOUT_SUFFIX));
            if (q.upper() != null) {
                if (q.upper().compareTo(q.value()) < 0) {
                    return null;
                }
                bound = Bound.RANGE;
            } else if (in(ABOUT_SUFFIX, suf) || in(ABOUT_PREFIX, pre)) {
                bound = Bound.ABOUT;
            } else if (in(AT_LEAST_PREFIX, pre) || in(AT_LEAST_SUFFIX, suf)) {
                bound = Bound.AT_LEAST;
            } else if (in(MORE_PREFIX, pre)) {
                bound = Bound.AT_LEAST;
                strict = true;
            } else if (in(AT_MOST_PREFIX, pre) || in(AT_MOST_SUFFIX, suf)) {
                bound = Bound.AT_MOST;
            } else if (in(LESS_PREFIX, pre)) {
                bound = Bound.AT_MOST;
                strict = true;
            }
            if (pre == null && bound == Bound.REACH && q.upper() == null) {
                int atLeast = lastIndexOfAny(prefix, List.of("至少", "不少于", "不低于"));
                if (atLeast >= 0 && prefix.length() - atLeast <= 6) {
                    // "每年至少招生500名", "至少选派1名": the comparator stands before the verb
                    bound = Bound.AT_LEAST;
                }
            }
            String head = pre == null ? prefix : prefix.substring(0, prefix.length() - pre.length());
            String verb = endingWord(head, concat(DOWN_VERBS, REACH_VERBS));
            if (verb != null && DOWN_VERBS.contains(verb) && (bound == Bound.REACH)) {
                bound = Bound.AT_MOST;
            }
            if (verb != null && verb.equals("超过") && bound == Bound.REACH) {
                bound = Bound.AT_LEAST;
                strict = true;
            }
            if (q.over() && bound == Bound.REACH) {
                bound = Bound.AT_LEAST;
                strict = true;
            }
            String label = verb == null ? head : head.substring(0, head.length() - verb.length());
            String unit = unitOr(q.unit());
            BigDecimal value = q.value();
            BigDecimal upper = q.upper();
            String multiplied = q.unit() != null
                            && q.unit().length() > 1
                            && (q.unit().startsWith("万") || q.unit().startsWith("亿"))
                    ? TargetScanner.canonicalUnit(q.unit().substring(1))
                    : null;
            if (multiplied != null && multiplied.equals(unitHint)) {
                // "12.5万平方米" of an indicator counted in ㎡
                BigDecimal factor = BigDecimal.valueOf(q.unit().startsWith("万") ? 10_000 : 100_000_000);
                value = value.multiply(factor);
                upper = upper == null ? null : upper.multiply(factor);
                unit = unitHint;
            } else if (("万".equals(q.unit()) || "亿".equals(q.unit()))
                    && unitHint != null
                    && !unitHint.startsWith(q.unit())) {
                // "20万" of an indicator counted in ㎡: the multiplier applies to the indicator's unit
                BigDecimal factor = BigDecimal.valueOf("万".equals(q.unit()) ? 10_000 : 100_000_000);
                value = value.multiply(factor);
                upper = upper == null ? null : upper.multiply(factor);
                unit = unitHint;
            }
            Target.Builder target = Target.builder(Measure.LATEST_VALUE, bound)
                    .value(value)
                    .upper(upper)
                    .strict(strict)
                    .unit(unit);
            return aggregate(target, label, verb, suffix, scan, q);
        }

        /** The aggregation slot: per year, growth, a sum over a span, a change — from the words before the value. */
        private Target aggregate(
                Target.Builder target, String label, String verb, String suffix, Scan scan, Quantity q) {
            Target plain = target.build();
            String change = endingWord(label, concat(RISE_WORDS, FALL_WORDS));
            boolean reachVerb = verb != null;
            String perYear = firstWord(label, PER_YEAR_WORDS);
            boolean percent = "%".equals(plain.unit()) || "百分点".equals(plain.unit());
            if (perYear != null && change != null && !reachVerb && percent) {
                boolean down = FALL_WORDS.contains(change);
                return target.measure(Measure.YEARLY_GROWTH)
                        .bound(changeBound(plain.bound(), down))
                        .value(down ? q.value().negate() : q.value())
                        .reference(blankToNull(labelWithout(label, perYear, change)))
                        .build();
            }
            if (percent && firstWord(label, GROWTH_NOUNS) != null) {
                // "医疗费用平均增长幅度控制在10%以下": the yearly growth is bounded
                return target.measure(Measure.YEARLY_GROWTH)
                        .reference(blankToNull(trimPunctuation(label)))
                        .build();
            }
            if (perYear != null && !perYear.equals("逐年") || (perYear == null && nameSaysPerYear())) {
                return target.measure(Measure.YEARLY_VALUE)
                        .reference(blankToNull(labelWithout(label, perYear, null)))
                        .build();
            }
            String added = firstWord(label, NEW_WORDS);
            // "扩增为769床", "新增到": reaching a figure, not adding it
            boolean addedTo = added != null
                    && (startingWord(label, label.indexOf(added) + added.length(), List.of("为", "到", "至")) != null
                            || (reachVerb && label.endsWith(added)));
            if (added != null && !addedTo) {
                return target.measure(Measure.INCREASE)
                        .spanYears(scan.spanYears())
                        .reference(blankToNull(labelWithout(label, added, null)))
                        .build();
            }
            String sum = firstWord(label, SUM_WORDS);
            boolean reaches = reachVerb || indexOfAny(label, List.of("达到", "达", "实现", "增加到", "提高到", "为")) >= 0;
            if (sum != null || (!reaches && scan.spanYears() != null && q.start() > 0 && spanBefore(label))) {
                return target.measure(Measure.CUMULATIVE)
                        .spanYears(scan.spanYears())
                        .reference(blankToNull(labelWithout(label, sum, null)))
                        .build();
            }
            if (change != null && !reachVerb) {
                boolean down = FALL_WORDS.contains(change);
                return target.measure(Measure.INCREASE)
                        .bound(changeBound(plain.bound(), down))
                        .value(down ? q.value().negate() : q.value())
                        .baseYear(scan.baseYear())
                        .reference(blankToNull(labelWithout(label, null, change)))
                        .build();
            }
            if (suffix.startsWith("新") && !reachVerb) {
                // "开设7个新的病区": new ones, an increase
                return target.measure(Measure.INCREASE)
                        .reference(blankToNull(trimPunctuation(label)))
                        .build();
            }
            return target.reference(blankToNull(trimPunctuation(label))).build();
        }

        /** A decrease is bounded from above by its negative value; an increase keeps the comparator written. */
        private static Bound changeBound(Bound bound, boolean down) {
            if (bound == Bound.RANGE || bound == Bound.ABOUT || !down) {
                return bound;
            }
            return Bound.AT_MOST;
        }

        /** "打造全省最大的康复科", "综合实力最强": first place. */
        private static Target superlative(String text) {
            int at = indexOfAny(text, List.of("最大的", "最强的", "最大", "最强", "首位"));
            if (at < 0) {
                return null;
            }
            return Target.builder(Measure.RANK, Bound.AT_MOST)
                    .value(BigDecimal.ONE)
                    .unit("名")
                    .reference(blankToNull(trimPunctuation(text.substring(0, at))))
                    .build();
        }

        /** The comparator around a quantity, REACH when none is written. */
        private static Bound boundOf(String prefix, String suffix) {
            int atLeast = lastIndexOfAny(prefix, List.of("至少", "不少于", "不低于"));
            boolean nearby = atLeast >= 0 && prefix.length() - atLeast <= 6;
            if (nearby
                    || endingWord(prefix, AT_LEAST_PREFIX) != null
                    || startingWord(suffix, 0, AT_LEAST_SUFFIX) != null) {
                return Bound.AT_LEAST;
            }
            if (endingWord(prefix, AT_MOST_PREFIX) != null || startingWord(suffix, 0, AT_MOST_SUFFIX) != null) {
                return Bound.AT_MOST;
            }
            return Bound.REACH;
        }

        /** The first grade written in {@code text} that is not a tier of administration, or {@code null}. */
        private static String gradeIn(String text) {
            for (int i = 0; i < text.length(); i++) {
                String grade = gradeAt(text, i);
                if (grade != null && !administrative(text, i) && !STANDARD_LEVELS.contains(grade)) {
                    return grade;
                }
            }
            return null;
        }

        /** "前十名", "全省县级医院前十强", "前20%", "全国百强", "排名第一", "嘉兴市第一". */
        private static Target rank(String prefix, String suffix, Quantity q) {
            boolean first = prefix.endsWith("前");
            boolean ordinal = prefix.endsWith("第");
            boolean strong = "强".equals(q.unit());
            if (!first && !ordinal && !strong) {
                return null;
            }
            String place = startingWord(suffix, 0, List.of("名", "强", "位"));
            String unit = q.unit();
            boolean share = "%".equals(unit) && first;
            if (!strong && !share && place == null && unit != null && !unit.equals("名") && !unit.equals("位")) {
                return null;
            }
            if (ordinal && place == null && unit == null && !suffix.isEmpty()) {
                // "第一人民医院", "第二季": an ordinal in a name or a date, not a rank
                return null;
            }
            String reference = first || ordinal ? prefix.substring(0, prefix.length() - 1) : prefix;
            List<String> verbs = concat(RANK_WORDS, List.of("保持", "稳居", "居", "建成", "成为", "达到"));
            String verb = endingWord(reference, verbs);
            while (verb != null) {
                reference = reference.substring(0, reference.length() - verb.length());
                verb = endingWord(reference, verbs);
            }
            int enter = lastIndexOfAny(reference, RANK_WORDS);
            if (enter >= 0) {
                reference = reference.substring(
                        enter + startingWord(reference, enter, RANK_WORDS).length());
            }
            reference = trimPunctuation(reference);
            if (ordinal && reference.isEmpty() && place == null) {
                return null;
            }
            return Target.builder(Measure.RANK, Bound.AT_MOST)
                    .value(q.value())
                    .unit(share ? "%" : "名")
                    .reference(blankToNull(reference))
                    .build();
        }

        private String unitOr(String unit) {
            return unit == null ? unitHint : unit;
        }

        private boolean nameSaysPerYear() {
            String name = context.indicatorName();
            // "每年引进博士" counts each year; "年均门急诊人次" names an annual volume, judged on its latest year
            return name != null && name.contains("每年");
        }

        private boolean nameIsASet() {
            String name = context.indicatorName();
            return name != null && indexOfAny(TargetWording.normalize(name), INSTITUTION_NOUNS) >= 0;
        }
    }

    // ---- small text helpers, each linear in the text ----

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

    private static String endingWord(String text, List<String> words) {
        String best = null;
        for (String word : words) {
            if (text.endsWith(word) && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best;
    }

    private static String firstWord(String text, List<String> words) {
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

    private static int indexOfAny(String text, List<String> words) {
        int best = -1;
        for (String word : words) {
            int at = text.indexOf(word);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    private static int lastIndexOfAny(String text, List<String> words) {
        int best = -1;
        for (String word : words) {
            int at = text.lastIndexOf(word);
            if (at > best) {
                best = at;
            }
        }
        return best;
    }

    private static boolean endsWithAny(String text, List<String> words) {
        return endingWord(text, words) != null;
    }

    private static boolean startsWithInstitutionNoun(String text) {
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
    private static String conditionText(String after) {
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
    private static String setNoun(String after) {
        String condition = conditionText(after);
        String noun = after.substring(0, after.length() - condition.length());
        boolean verbFirst = startingWord(after, 0, List.of("达到", "达", "建成", "实现", "配置", "配备", "通过")) != null;
        if (noun.isEmpty() && !verbFirst && setNounEnd(after) > 0) {
            noun = after.substring(0, setNounEnd(after));
        }
        return withoutWords(noun, List.of("均", "都", "全部", "全都", "一律"));
    }

    /** Where an institution noun among the first few characters ends ("公立医院每年…" → 4), or -1. */
    private static int setNounEnd(String text) {
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

    private static boolean reachWords(String text) {
        return text.startsWith("达到") || text.startsWith("达标") || text.startsWith("覆盖") || text.startsWith("实现");
    }

    /** A span of years stands before the value ("5年引进博士10名", "三年内培养"). */
    private static boolean spanBefore(String label) {
        int year = label.indexOf('年');
        return year > 0 && !label.startsWith("每年") && !label.contains("每年") && !label.contains("年均");
    }

    /** "5年引进博士" → "引进博士", "三年内培养" → "培养". */
    private static String withoutLeadingSpan(String label) {
        int i = 0;
        while (i < label.length()
                && (TargetScanner.isDigit(label.charAt(i)) || ChineseNumbers.isNumeral(label.charAt(i)))) {
            i++;
        }
        if (i == 0 || TargetScanner.charAt(label, i) != '年') {
            return label;
        }
        i++;
        String tail = startingWord(label, i, List.of("时间内", "时间", "内", "间", "的时间"));
        return label.substring(tail == null ? i : i + tail.length());
    }

    /** The text without the given words at its end ("争创" → "", "电子病历达到" → "电子病历"). */
    private static String withoutWords(String text, List<String> words) {
        String rest = text;
        String word;
        while (!rest.isEmpty() && (word = endingWord(rest, words)) != null) {
            rest = rest.substring(0, rest.length() - word.length());
        }
        return rest;
    }

    private static String labelWithout(String label, String first, String last) {
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

    /** The bracket closing the text, when the text ends with one: its opening position, else -1. */
    private static int trailingBracket(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every bracketed remark taken out (brackets nest; an unclosed one runs to the end). */
    private static String withoutBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return trimPunctuation(out.toString());
    }

    private static List<String> split(String text) {
        List<String> segments = new ArrayList<>();
        for (String segment : splitOn(text, ',', ';')) {
            String trimmed = trimPunctuation(segment);
            if (!trimmed.isEmpty()) {
                segments.add(trimmed);
            }
        }
        return segments;
    }

    private static List<String> splitOn(String text, char a, char b) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == a || c == b) && !thousands(text, i)) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** "9,000": a comma between a digit and exactly three digits separates thousands, not clauses. */
    private static boolean thousands(String text, int comma) {
        return text.charAt(comma) == ','
                && TargetScanner.isDigit(TargetScanner.charAt(text, comma - 1))
                && TargetScanner.isDigit(TargetScanner.charAt(text, comma + 1))
                && TargetScanner.isDigit(TargetScanner.charAt(text, comma + 2))
                && TargetScanner.isDigit(TargetScanner.charAt(text, comma + 3))
                && !TargetScanner.isDigit(TargetScanner.charAt(text, comma + 4));
    }

    private static String trimPunctuation(String text) {
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

    private static boolean in(List<String> words, String word) {
        return word != null && words.contains(word);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
