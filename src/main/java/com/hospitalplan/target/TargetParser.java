package com.hospitalplan.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a target written the way Chinese plans write it: "≥35%", "35%以上", "不低于10%", "45%左右", "2~3个",
 * "新增1个", "七级", "四级甲等", "B++甚至A级", "通过国家认证", "高于国家平均水平", "每年6人以上", "逐年增长15%以上",
 * "累计120项", "前十名", "小于30%", "90%的县级医院达到基本标准", "5个（西医3个、中医2个）", "85%左右（遂溪县达到80%左右）"…
 *
 * <p>Plain Java, stateless and thread-safe. The original text is always kept in the result.
 */
public final class TargetParser {

    private static final String CN = "零〇一二两三四五六七八九十百千";
    private static final String NUM = "(\\d+(?:\\.\\d+)?|[" + CN + "]+)";
    /** Longest first, so that 万元 wins over 万 and 人次 over 人. */
    private static final String UNIT =
            "(张/千人|人/千人|名/千人|万平方米|平方米|万人次|万元|亿元|人次|分钟|小时|m2|㎡|%|‰|元|个|人|名|项|门|家|所|篇|台|张|床|天|日|次|例|倍|分|场|期|批|套|万)?";

    private static final String AT_LEAST_WORDS = "≥|不低于|不少于|至少|不小于";
    private static final String MORE_WORDS = ">|大于|超过|高于|多于";
    private static final String AT_MOST_WORDS = "≤|不超过|不高于|不大于|不多于|最多";
    private static final String LESS_WORDS = "<|小于|低于|少于";
    private static final String UP_VERBS = "达到|提高到|提高至|提升到|提升至|增加到|增加至|增至|保持在|稳定在|申报|引进|培养|开展|完成|获得|建成|创建|举办|达";
    private static final String DOWN_VERBS = "降至|降低到|降低至|下降到|下降至|控制在|减少到|减少至|缩短到|缩短至|压缩到|压缩至";

    private static final String BOUND_BODY = "(?<pre>" + AT_LEAST_WORDS + "|" + MORE_WORDS + "|" + AT_MOST_WORDS + "|"
            + LESS_WORDS + "|约|大约)?"
            + "(?<n>" + NUM.substring(1, NUM.length() - 1) + ")(?<u>" + UNIT.substring(1, UNIT.length() - 2) + ")?"
            + "(?:(?:~|-|至|到)(?<n2>" + NUM.substring(1, NUM.length() - 1) + ")(?<u2>"
            + UNIT.substring(1, UNIT.length() - 2) + ")?)?"
            + "(?<suf>及以上|或以上|以上|及以下|以下|以内|之内|左右)?";

    private static final Pattern BOUND = Pattern.compile(
            "^(?:(?<verb>" + UP_VERBS + "|" + DOWN_VERBS + ")[^\\d" + CN + "<>≤≥~]{0,8}?)?" + BOUND_BODY + "$");
    /** A bound somewhere inside a longer phrase ("引育硕博人才35名"); the last one is taken. */
    private static final Pattern BOUND_INSIDE = Pattern.compile(BOUND_BODY + "$");

    private static final String LEVEL_WORD =
            "(?:\\d+|[零一二三四五六七八九十])级(?:甲等|乙等|丙等|特等)?" + "|[一二三]级?[甲乙丙]等?|[一二三四五][甲乙]|[A-D]\\+{0,3}(?:级|等)?";
    private static final Pattern LEVEL =
            Pattern.compile("^(?:均?达到|为|创建|建成|争创|晋升为|晋升到|保持在|保持|进入|达)?(?<level>" + LEVEL_WORD
                    + ")(?<suf>及以上|或以上|以上)?(?:综合性医院|综合医院|中医医院|中医院|专科医院|妇幼保健院|医院)?"
                    + "(?:技术水平|服务能力|能力水平|水平|标准|行列)*$");
    private static final Pattern STRETCH = Pattern.compile("^(?<main>.+?)甚至(?:达到)?(?<stretch>.+)$");
    private static final Pattern BRACKETS = Pattern.compile("^(?<main>.+)\\((?<inner>[^()]+)\\)$");
    private static final Pattern PART = Pattern.compile("^(?<label>[^\\d" + CN + "]+?)" + NUM + UNIT + "$");
    private static final Pattern SCOPE_HOSPITAL = Pattern.compile("^(?<scope>[^,;]+?医院)(?<rest>.+)$");
    private static final Pattern SCOPE_REGION = Pattern.compile("^(?<scope>[^,;]+?(?:县|市|区|镇))(?<rest>.+)$");
    private static final Pattern BENCHMARK =
            Pattern.compile("^(?<label>.*?)(?<cmp>高于|超过|优于|不低于|达到|低于|不高于)(?<ref>[^\\d]*?(?:平均水平|平均值|均值))$");
    private static final Pattern RANK = Pattern.compile("^(?<ref>.*?)前" + NUM + "(?:名|强|位)(?:以内)?$");
    private static final Pattern FIRST_PLACE = Pattern.compile("^(?<ref>.*?)第" + NUM + "(?:名|位)?$");
    private static final Pattern RISING =
            Pattern.compile("^(?<label>.*?)(?:(?:逐年|持续|逐步|稳步|明显|不断)(?:增加|提高|提升|增长|上升)|有(?:较大幅度|明显)的?(?:增长|提升|提高))$");
    private static final Pattern FALLING = Pattern.compile("^(?<label>.*?)(?:逐年|持续|逐步|稳步|明显|不断)(?:减少|降低|下降)$");
    private static final Pattern SHARE =
            Pattern.compile("^" + NUM + "%(?:的)?(?<who>.*?)(?<verb>达到|符合|满足|通过)(?<what>.+)$");
    private static final Pattern GROWTH = Pattern.compile(
            "^(?<label>.*?)(?:逐年|每年|年均|年)(?<dir>增长|提高|提升|增加|上升|减少|下降|降低)" + NUM + "%(?<suf>及以上|以上|左右)?$");
    private static final Pattern PER_YEAR = Pattern.compile("^(?<label>.*?)(?:每年|年均)(?<rest>.+)$");
    private static final Pattern CUMULATIVE =
            Pattern.compile("^(?<label>.*?)(?:累计|共计|合计|总计|(?:\\d+|[一二三四五六七八九十])年(?:内|间)?(?:累计|共)?)(?<rest>.+)$");
    private static final Pattern INCREASE = Pattern.compile("^(?<label>.*?)(?:新增|增加|净增|新引进|新建|新创建|再增加)(?<rest>.+)$");
    private static final Pattern ACHIEVEMENT = Pattern.compile(
            "通过|建成|实现|完成|突破|化解|取得|获批|设立|成立|创建|达标|投入使用|投用|全覆盖|覆盖|认证|建立|开展|入选" + "|达到|提供|启动|实行|健全|设置|配置|争创|打造|保持|共享|建设");
    private static final Pattern YEAR_PHRASE =
            Pattern.compile("(?:到|至|截至|于|在)?20\\d\\d年(?:\\d{1,2}月)?(?:底|末|年底|内|以前|前)*");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:力争|争取|确保|基本|努力)+");

    /** Parses {@code text}; see {@link #parse(String, String)}. */
    public ParseResult parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses {@code text} as a target.
     *
     * @param unitHint the indicator's unit where known ("级" turns a bare "七" into level 七级)
     */
    public ParseResult parse(String text, String unitHint) {
        if (text == null || text.isBlank()) {
            return ParseResult.error("target.parse.empty");
        }
        String normalized = normalize(text);
        if (normalized.contains("分别")) {
            return ParseResult.error("target.parse.several", text.strip());
        }
        Target target = parseWhole(normalized, unitHint);
        if (target == null) {
            return ParseResult.error("target.parse.unrecognized", text.strip());
        }
        return ParseResult.of(target.withText(text.strip()));
    }

    /** Full-width to half-width, no white space, no year phrases ("到2025年"), no "力争". */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                out.append((char) (c - 'Ａ' + 'A'));
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(
                        switch (c) {
                            case '％' -> '%';
                            case '～', '〜' -> '~';
                            case '—', '－', '–', '―' -> '-';
                            case '＜' -> '<';
                            case '＞' -> '>';
                            case '≧' -> '≥';
                            case '≦' -> '≤';
                            case '（' -> '(';
                            case '）' -> ')';
                            case '，' -> ',';
                            case '；' -> ';';
                            case '：' -> ':';
                            case '＋' -> '+';
                            case '“', '”', '"', '「', '」' -> '"';
                            case '。' -> ' ';
                            default -> c;
                        });
            }
        }
        String result =
                out.toString().strip().replace(">=", "≥").replace("<=", "≤").replace("m²", "m2");
        result = YEAR_PHRASE.matcher(result).replaceAll("");
        result = LEADING_WORDS.matcher(result).replaceAll("");
        return result.replaceAll("^[,;:]+|[,;:]+$", "");
    }

    private Target parseWhole(String text, String unitHint) {
        Matcher brackets = BRACKETS.matcher(text);
        if (brackets.matches()) {
            return parseWithBrackets(brackets.group("main"), brackets.group("inner"), unitHint);
        }
        String[] segments = text.split("[,;]");
        if (segments.length > 1) {
            Target scoped = parseScopedSegments(segments, unitHint);
            if (scoped != null) {
                return scoped;
            }
        }
        Matcher stretch = STRETCH.matcher(text);
        if (stretch.matches()) {
            Target main = parseLevel(stretch.group("main"), unitHint);
            String stretchLevel = levelLabel(stretch.group("stretch"), unitHint);
            return main == null || stretchLevel == null
                    ? null
                    : main.toBuilder().stretchLevel(stretchLevel).build();
        }
        return parseSingle(text, unitHint);
    }

    /** "5个(西医3个、中医2个)" is a breakdown; "85%左右(遂溪县达到80%左右)" names one county's own target. */
    private Target parseWithBrackets(String main, String inner, String unitHint) {
        Target target = parseSingle(main, unitHint);
        if (target == null) {
            return null;
        }
        String[] pieces = inner.split("[、,]");
        if (pieces.length > 1) {
            List<TargetPart> parts = new ArrayList<>();
            for (String piece : pieces) {
                Matcher part = PART.matcher(piece);
                if (part.matches()) {
                    parts.add(new TargetPart(
                            part.group("label"), ChineseNumbers.parse(part.group(2)), unitOr(part.group(3), unitHint)));
                }
            }
            if (parts.size() == pieces.length) {
                return target.toBuilder().parts(parts).build();
            }
        }
        ScopedTarget scoped = scopedTarget(inner, unitHint);
        // anything else in brackets is a remark ("以三年为一周期"): the original wording keeps it
        return scoped == null
                ? target
                : target.toBuilder().scoped(List.of(scoped)).build();
    }

    /** "三级医院达到5级,二级医院达到3级以上": each tier its own target; the first is the general one. */
    private Target parseScopedSegments(String[] segments, String unitHint) {
        List<ScopedTarget> scoped = new ArrayList<>();
        for (String segment : segments) {
            ScopedTarget one = scopedTarget(segment, unitHint);
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

    private ScopedTarget scopedTarget(String text, String unitHint) {
        for (Pattern pattern : List.of(SCOPE_HOSPITAL, SCOPE_REGION)) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                String rest = matcher.group("rest");
                int reach = Math.max(rest.lastIndexOf("达到"), rest.lastIndexOf("为"));
                if (reach >= 0) {
                    rest = rest.substring(reach + (rest.startsWith("达到", reach) ? 2 : 1));
                }
                Target target = parseWhole(rest, unitHint);
                if (target != null) {
                    return new ScopedTarget(matcher.group("scope"), target.withText(text));
                }
            }
        }
        return null;
    }

    private Target parseSingle(String text, String unitHint) {
        Matcher benchmark = BENCHMARK.matcher(text);
        if (benchmark.matches()) {
            String cmp = benchmark.group("cmp");
            boolean below = cmp.equals("低于") || cmp.equals("不高于");
            boolean strict = cmp.equals("高于") || cmp.equals("超过") || cmp.equals("优于") || cmp.equals("低于");
            return Target.of(Measure.BENCHMARK, below ? Bound.AT_MOST : Bound.AT_LEAST, null, unitHint, text)
                    .toBuilder()
                    .strict(strict)
                    .reference(benchmark.group("ref"))
                    .build();
        }
        Matcher rank = RANK.matcher(text);
        if (rank.matches()) {
            String reference = rank.group("ref").replaceFirst("^.*进入", "").replaceAll("(排名|排位|位居|位列)$", "");
            return Target.of(Measure.RANK, Bound.AT_MOST, ChineseNumbers.parse(rank.group(2)), "名", text).toBuilder()
                    .reference(reference.isEmpty() ? null : reference)
                    .build();
        }
        Matcher first = FIRST_PLACE.matcher(text);
        if (first.matches() && !first.group("ref").isEmpty()) {
            return Target.of(Measure.RANK, Bound.AT_MOST, ChineseNumbers.parse(first.group(2)), "名", text).toBuilder()
                    .reference(first.group("ref"))
                    .build();
        }
        Matcher rising = RISING.matcher(text);
        if (rising.matches()) {
            return Target.of(Measure.YEARLY_GROWTH, Bound.AT_LEAST, BigDecimal.ZERO, "%", text).toBuilder()
                    .strict(true)
                    .reference(blankToNull(rising.group("label")))
                    .build();
        }
        Matcher falling = FALLING.matcher(text);
        if (falling.matches()) {
            return Target.of(Measure.YEARLY_GROWTH, Bound.AT_MOST, BigDecimal.ZERO, "%", text).toBuilder()
                    .strict(true)
                    .reference(blankToNull(falling.group("label")))
                    .build();
        }
        Matcher share = SHARE.matcher(text);
        if (share.matches()) {
            return Target.of(Measure.INSTITUTION_SHARE, Bound.AT_LEAST, ChineseNumbers.parse(share.group(1)), "%", text)
                    .toBuilder()
                    .reference(share.group("who") + share.group("verb") + share.group("what"))
                    .build();
        }
        Matcher growth = GROWTH.matcher(text);
        if (growth.matches()) {
            boolean down = growth.group("dir").matches("减少|下降|降低");
            BigDecimal rate = ChineseNumbers.parse(growth.group(3));
            Bound bound = "左右".equals(growth.group("suf")) ? Bound.ABOUT : down ? Bound.AT_MOST : Bound.AT_LEAST;
            return Target.of(Measure.YEARLY_GROWTH, bound, down ? rate.negate() : rate, "%", text).toBuilder()
                    .reference(blankToNull(growth.group("label")))
                    .build();
        }
        Target perYear = boundInside(PER_YEAR, text, Measure.YEARLY_VALUE, unitHint);
        if (perYear != null) {
            return perYear;
        }
        Target cumulative = boundInside(CUMULATIVE, text, Measure.CUMULATIVE, unitHint);
        if (cumulative != null) {
            return cumulative;
        }
        Target increase = boundInside(INCREASE, text, Measure.INCREASE, unitHint);
        if (increase != null) {
            return increase;
        }
        Target level = parseLevel(text, unitHint);
        if (level != null) {
            return level;
        }
        Matcher boundMatcher = BOUND.matcher(text);
        if (boundMatcher.matches()) {
            Target bound = parseBound(boundMatcher, Measure.LATEST_VALUE, unitHint, text);
            if (bound != null) {
                return bound;
            }
        }
        if (!text.matches(".*\\d.*") && ACHIEVEMENT.matcher(text).find()) {
            return Target.of(Measure.ACHIEVEMENT, Bound.YES, null, null, text).toBuilder()
                    .reference(text)
                    .build();
        }
        return null;
    }

    /** "每年引育硕博人才35名": the measure from the keyword, the bound from the last number phrase after it. */
    private Target boundInside(Pattern keyword, String text, Measure measure, String unitHint) {
        Matcher matcher = keyword.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String rest = matcher.group("rest");
        Matcher inside = BOUND_INSIDE.matcher(rest);
        int start = -1;
        for (int from = 0; from < rest.length(); from++) {
            inside.region(from, rest.length());
            if (inside.lookingAt() && accepts(inside)) {
                start = from;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        inside.region(start, rest.length());
        inside.lookingAt();
        Target target = parseBound(inside, measure, unitHint, text);
        if (target == null) {
            return null;
        }
        if (target.bound() == Bound.REACH && measure != Measure.LATEST_VALUE) {
            target = Target.of(measure, Bound.AT_LEAST, target.value(), target.unit(), text);
        }
        String label = (matcher.group("label") + rest.substring(0, start)).replaceAll("[,:]$", "");
        return target.toBuilder().reference(blankToNull(label)).build();
    }

    /** Chinese numerals count only with a unit after them: "三十人" yes, the "三" of "三级医院" no. */
    private static boolean accepts(Matcher bound) {
        boolean chinese = !bound.group("n").matches("\\d.*");
        return !chinese || bound.group("u") != null;
    }

    /** Reads a bound from a matcher of {@link #BOUND} or {@link #BOUND_INSIDE} that has matched. */
    private Target parseBound(Matcher matcher, Measure measure, String unitHint, String text) {
        if (!accepts(matcher)) {
            return null;
        }
        String unit = unitOr(matcher.group("u2") != null ? matcher.group("u2") : matcher.group("u"), unitHint);
        BigDecimal value = scaled(ChineseNumbers.parse(matcher.group("n")), matcher.group("u"));
        if (matcher.group("n2") != null) {
            BigDecimal upper = scaled(ChineseNumbers.parse(matcher.group("n2")), matcher.group("u2"));
            if (upper.compareTo(value) < 0) {
                return null;
            }
            return Target.of(measure, Bound.RANGE, value, unit, text).toBuilder()
                    .upper(upper)
                    .build();
        }
        String pre = matcher.group("pre") == null ? "" : matcher.group("pre");
        String suffix = matcher.group("suf") == null ? "" : matcher.group("suf");
        String verb = groupOrEmpty(matcher, "verb");
        Bound bound = Bound.REACH;
        boolean strict = false;
        if (suffix.equals("左右") || pre.equals("约") || pre.equals("大约")) {
            bound = Bound.ABOUT;
        } else if (pre.matches(AT_LEAST_WORDS) || suffix.endsWith("以上")) {
            bound = Bound.AT_LEAST;
        } else if (pre.matches(MORE_WORDS)) {
            bound = Bound.AT_LEAST;
            strict = true;
        } else if (pre.matches(AT_MOST_WORDS) || suffix.matches("及以下|以下|以内|之内")) {
            bound = Bound.AT_MOST;
        } else if (pre.matches(LESS_WORDS)) {
            bound = Bound.AT_MOST;
            strict = true;
        } else if (verb.matches(DOWN_VERBS)) {
            bound = Bound.AT_MOST;
        }
        return Target.of(measure, bound, value, unit, text).toBuilder()
                .strict(strict)
                .build();
    }

    private Target parseLevel(String text, String unitHint) {
        Matcher level = LEVEL.matcher(text);
        if (level.matches()) {
            return Target.of(Measure.LEVEL, Bound.AT_LEAST, null, unitHint, text).toBuilder()
                    .level(levelLabel(level.group("level"), unitHint))
                    .build();
        }
        if ("级".equals(unitHint) && text.matches("^(达到)?(\\d+|[零一二三四五六七八九十])(及以上|以上)?$")) {
            String digits = text.replaceAll("^达到|及以上$|以上$", "");
            return Target.of(Measure.LEVEL, Bound.AT_LEAST, null, unitHint, text).toBuilder()
                    .level(digits + "级")
                    .build();
        }
        return null;
    }

    /** The level as a scale names it: "A级" is grade "A", "七级" stays "七级", a bare "七" of unit 级 is "七级". */
    private static String levelLabel(String text, String unitHint) {
        String label = text.replaceAll("(及以上|或以上|以上|水平|标准|行列)$", "");
        if (label.matches("[A-D]\\+{0,3}(级|等)")) {
            return label.substring(0, label.length() - 1);
        }
        if (label.matches(LEVEL_WORD)) {
            return label;
        }
        if ("级".equals(unitHint) && label.matches("\\d+|[零一二三四五六七八九十]")) {
            return label + "级";
        }
        return null;
    }

    private static BigDecimal scaled(BigDecimal value, String unit) {
        return "万".equals(unit) ? value.multiply(BigDecimal.valueOf(10_000)) : value;
    }

    private static String unitOr(String unit, String unitHint) {
        return unit == null || unit.equals("万") ? unitHint : unit;
    }

    private static String groupOrEmpty(Matcher matcher, String group) {
        try {
            String value = matcher.group(group);
            return value == null ? "" : value;
        } catch (IllegalArgumentException noSuchGroup) {
            return "";
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
