package com.hospitalplan.targets;

import static com.hospitalplan.targets.Words.*;

import java.util.List;

/** A grade that is the target, not a tier in a name ("七级", "四级甲等", "三甲", "B++", "推荐标准", "达到5级"). */
final class GradeSlots {

    private final SlotReader reader;

    GradeSlots(SlotReader reader) {
        this.reader = reader;
    }

    /** "七级", "四级甲等", "三甲", "B++", "推荐标准", "达到5级" — a grade that is the target, not a tier in a name. */
    Target level(String text) {
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
            return "级".equals(reader.unitHint) ? bareLevel(text) : null;
        }
        return Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                .unit(reader.unitHint)
                .level(levelLabel(found))
                .reference(blankToNull(trimPunctuation(withoutWords(text.substring(0, foundAt), LEVEL_VERBS))))
                .build();
    }

    /** "七" or "达到5" on an indicator whose unit is 级. */
    Target bareLevel(String text) {
        String bare = text;
        for (String word : List.of("达到", "及以上", "以上")) {
            bare = bare.replace(word, "");
        }
        boolean numeral = bare.length() == 1 && ChineseNumbers.startsNumber(bare.charAt(0));
        boolean digits = !bare.isEmpty() && bare.length() <= 2 && bare.chars().allMatch(c -> Chars.isDigit((char) c));
        if (!numeral && !digits) {
            return null;
        }
        return Target.builder(Measure.LEVEL, Bound.AT_LEAST)
                .unit(reader.unitHint)
                .level(bare + "级")
                .build();
    }

    /** A grade may be followed only by what completes it: 以上, 水平, 医院, 行列… */
    static boolean levelEnds(String text, int end, boolean afterVerb) {
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
    static boolean administrative(String text, int at) {
        char before = Chars.charAt(text, at - 1);
        return before == '村' || before == '县' || before == '镇' || before == '乡';
    }

    /** The grade written at {@code at}, or {@code null}. */
    static String gradeAt(String text, int at) {
        for (String standard : STANDARD_LEVELS) {
            if (text.startsWith(standard, at)) {
                return standard;
            }
        }
        char c = text.charAt(at);
        if (c >= 'A' && c <= 'D' && !isLetter(Chars.charAt(text, at - 1))) {
            int end = at + 1;
            while (Chars.charAt(text, end) == '+') {
                end++;
            }
            char next = Chars.charAt(text, end);
            if (isLetter(next) || Chars.isDigit(next)) {
                return null;
            }
            if (next == '级' || next == '等') {
                end++;
            }
            return text.substring(at, end);
        }
        int end = at;
        if (Chars.isDigit(c)) {
            while (Chars.isDigit(Chars.charAt(text, end))) {
                end++;
            }
            if (end - at > 2 || Chars.precededBy(text, at, ".")) {
                return null;
            }
        } else if ("一二三四五六七八九十".indexOf(c) >= 0 && !Chars.isDigit(Chars.charAt(text, at - 1))) {
            end = at + 1;
            if (c == '十' && "一二三四五六七八九".indexOf(Chars.charAt(text, end)) >= 0) {
                end++;
            }
        } else {
            return null;
        }
        char after = Chars.charAt(text, end);
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
    static String levelLabel(String grade) {
        if (grade.length() >= 2 && grade.charAt(0) >= 'A' && grade.charAt(0) <= 'D') {
            return grade.endsWith("级") || grade.endsWith("等") ? grade.substring(0, grade.length() - 1) : grade;
        }
        if (grade.endsWith("级甲") || grade.endsWith("级乙") || grade.endsWith("级丙")) {
            return grade + "等";
        }
        return grade;
    }

    /** The first grade written in {@code text} that is not a tier of administration, or {@code null}. */
    static String gradeIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            String grade = gradeAt(text, i);
            if (grade != null && !administrative(text, i) && !STANDARD_LEVELS.contains(grade)) {
                return grade;
            }
        }
        return null;
    }
}
