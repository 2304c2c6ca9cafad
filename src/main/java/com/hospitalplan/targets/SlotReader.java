package com.hospitalplan.targets;

import static com.hospitalplan.targets.Clauses.*;
import static com.hospitalplan.targets.Words.*;

import com.hospitalplan.targets.TargetScanner.Quantity;
import com.hospitalplan.targets.TargetScanner.Scan;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one clause of a target in one indicator's context: brackets (a breakdown, one place's own target, a span), a
 * stretch, lists of scoped targets, then the slots of a single target through the readers of sets, grades, words and
 * quantities. Plain Java; one per parse.
 */
final class SlotReader {

    final TargetContext context;
    final String unitHint;
    final WordSlots words;
    final GradeSlots grades;
    final SetSlots sets;
    final QuantitySlots quantities;

    SlotReader(TargetContext context, String unitHint) {
        this.context = context;
        this.unitHint = unitHint;
        this.words = new WordSlots(this);
        this.grades = new GradeSlots(this);
        this.sets = new SetSlots(this);
        this.quantities = new QuantitySlots(this);
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
    Target bracketed(String main, String inner) {
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
    Target scopedSegments(List<String> segments) {
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
    ScopedTarget scopedTarget(String text) {
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
        Target set = sets.setTarget(text, scan);
        if (set != null) {
            return withYears(set, scan);
        }
        Quantity q = scan.last();
        Target target = q != null ? quantities.quantityTarget(text, scan, q) : null;
        if (target == null) {
            target = words.wordTarget(text);
        }
        return target == null ? null : withYears(target, scan);
    }

    static Target withYears(Target target, Scan scan) {
        Target.Builder b = target.toBuilder();
        if (target.targetYear() == null) {
            b.targetYear(scan.year());
        }
        if (target.baseYear() == null && scan.baseYear() != null && target.measure() == Measure.INCREASE) {
            b.baseYear(scan.baseYear());
        }
        return b.build();
    }

    String unitOr(String unit) {
        return unit == null ? unitHint : unit;
    }

    boolean nameSaysPerYear() {
        String name = context.indicatorName();
        // "每年引进博士" counts each year; "年均门急诊人次" names an annual volume, judged on its latest year
        return name != null && name.contains("每年");
    }

    boolean nameIsASet() {
        String name = context.indicatorName();
        return name != null && indexOfAny(TargetWording.normalize(name), INSTITUTION_NOUNS) >= 0;
    }
}
