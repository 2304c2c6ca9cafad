package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.*;

import com.hospitalplan.targets.TargetScanner.Quantity;
import com.hospitalplan.targets.TargetScanner.Scan;
import java.math.BigDecimal;
import java.util.List;

/**
 * A share or a count of a set of institutions meeting a condition ("90%的县级医院达到推荐标准", "全部达到", "所有县级医院建成",
 * "至少有一家县级医院达到二级甲等"); only where the indicator's subject is a set.
 */
final class SetSlots {

    private final SlotReader reader;

    SetSlots(SlotReader reader) {
        this.reader = reader;
    }

    /**
     * "90%的县级医院达到推荐标准", "全部达到", "所有县级医院建成", "均达到三级医院能力水平", "至少有一家县级医院达到二级甲等":
     * a share or a count of a set meeting a condition. Only where the subject is a set: for one institution the same
     * words are its own target.
     */
    Target setTarget(String text, Scan scan) {
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
        if (Boolean.FALSE.equals(reader.context.setSubject())) {
            // one institution: "全部达到" is its own yes/no, whatever it must reach is read by the other slots
            boolean own = word != null && at == 0 && reachWords(text.substring(word.length()));
            return own && TargetScanner.scan(text).quantities().isEmpty() && reader.grades.level(text) == null
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
                        && ((Boolean.TRUE.equals(reader.context.setSubject()) && reachWords(after))
                                || reader.nameIsASet()))
                || (before.isEmpty() && reader.context.setSubject() == null && reachWords(after))
                || coverage;
        if (!institutions) {
            return null;
        }
        String condition = word == null ? "" : conditionText(after);
        Target inner = condition.isEmpty() ? null : reader.single(condition);
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
    Target shareOfSet(String text, Scan scan) {
        if (scan.quantities().isEmpty()) {
            return null;
        }
        Quantity first = scan.quantities().get(0);
        if (!"%".equals(first.unit()) || first.upper() != null) {
            return null;
        }
        String prefix = text.substring(0, first.start());
        if (!prefix.isEmpty() && indexOfAny(prefix, List.of("达到", "为", "占", "率", "比", "≥", "提高", "下降", "增长")) >= 0) {
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
        boolean of = Chars.charAt(text, at) == '的';
        String rest = text.substring(of ? at + 1 : at);
        boolean people = indexOfAny(rest, List.of("病人", "患者", "大病", "人口", "居民")) >= 0;
        boolean institutions = !people && (setNounEnd(rest) > 0 || rest.startsWith("达到"));
        if (!institutions) {
            return null;
        }
        int verb = conditionStart(rest);
        Target inner = verb < 0 ? null : reader.single(rest.substring(verb));
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
    static int conditionStart(String rest) {
        return indexOfAny(
                rest,
                List.of(
                        "达到", "要达", "达", "符合", "满足", "通过", "建成", "建有", "实现", "具备", "开展", "设置", "设立", "配备", "成为", "建立",
                        "有"));
    }

    /** "至少有一家县级医院达到二级甲等", "2家县级医院达到三级医院水平": how many of a set meet a condition. */
    Target countOfSet(String text, Scan scan) {
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
            Target inner = reader.single(rest.substring(verb));
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
}
