package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.*;

import java.math.BigDecimal;
import java.util.List;

/** A target without a number: an event, a trend, a benchmark or first place ("建成投入使用", "逐年提高", "高于全国平均水平"). */
final class WordSlots {

    private final SlotReader reader;

    WordSlots(SlotReader reader) {
        this.reader = reader;
    }

    /** A target without a number: a grade, a rank in words, a benchmark, a trend, an event. */
    Target wordTarget(String text) {
        boolean byStandard = indexOfAny(text, List.of("按照", "参照", "按", "标准为")) >= 0 || text.endsWith("要求");
        Target standard = byStandard ? benchmark(text) : null;
        if (standard != null) {
            return standard;
        }
        Target ranked = rankInWords(text);
        if (ranked != null) {
            return ranked;
        }
        Target level = reader.grades.level(text);
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
    Target trend(String text) {
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
                .unit(steady >= 0 ? "%" : reader.unitHint)
                .strict(true)
                .reference(blankToNull(trimPunctuation(label)))
                .build();
    }

    /** "高于国家平均水平", "达到《综合医院建设标准》", "符合国家规定". */
    Target benchmark(String text) {
        int book = text.indexOf('《');
        int named = lastIndexOfAny(text, BENCHMARK_WORDS);
        int standardIs = text.indexOf("标准为");
        if (standardIs >= 0) {
            // "建设标准为三级医院"
            return Target.builder(Measure.BENCHMARK, Bound.AT_LEAST)
                    .unit(reader.unitHint)
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
                    .unit(reader.unitHint)
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
                .unit(reader.unitHint)
                .reference(reference.isEmpty() ? text : reference)
                .build();
    }

    /** A rank in words: first place ("全省最大", "首位"), or among the first of a group with no rank stated ("位居全市前列"). */
    static Target rankInWords(String text) {
        Target ranked = superlative(text);
        if (ranked != null) {
            return ranked;
        }
        int front = text.indexOf("前列");
        if (front > 0 && !text.substring(0, front).contains("达到")) {
            // "位居全市前列": among the first, no rank stated
            String group = withoutWords(text.substring(0, front), concat(RANK_WORDS, List.of("居于", "位于", "走在", "居")));
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
        return null;
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
}
