package com.hospitalplan.documentimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responsible units a line names, in the two ways Chinese plans name them: after a label ("（责任单位：市卫生健康局、
 * 市发展改革委）", "牵头单位：X；配合单位：Y、Z", "责任科室：医务部") and as a parenthesis of names with their roles
 * ("（市卫健局牵头，市财政局、市人社局配合）", "（医务部、护理部负责）"). A unit marked 牵头 (by its label, its role
 * or a "（牵头）" after it) leads. A parenthesis counts only when every clause in it is names ending in a role word and
 * every name reads like a body (ends in 局, 委, 部, 科, 中心…), so that "（2021—2025年）" or "（含社区卫生服务中心）"
 * name nobody.
 */
final class UnitPhrases {

    private static final Pattern LABEL =
            Pattern.compile("(牵头|责任|配合|协办|参与|主办|协作|实施|承办|主责|协同)(单位|部门|科室|处室|机构)\\s*[：:]\\s*");
    private static final List<String> ROLES =
            List.of("按职责分工负责", "分别负责", "共同负责", "牵头负责", "牵头", "负责", "配合", "参与", "协助", "协同");
    private static final List<String> SUFFIXES = List.of(
            "局", "委", "办", "部", "科", "处", "室", "中心", "院", "所", "站", "会", "厅", "府", "公司", "组", "队", "馆", "校", "门", "署",
            "团", "社", "台");
    private static final int MAX_NAME = 30;

    private UnitPhrases() {}

    /** The units named in a line of running text, in order; spans are the document's. */
    static List<DraftUnit> in(Line line) {
        List<DraftUnit> units = new ArrayList<>();
        String text = line.text();
        Matcher label = LABEL.matcher(text);
        int from = 0;
        while (label.find(from)) {
            boolean leads = label.group(1).equals("牵头")
                    || label.group(1).equals("主办")
                    || label.group(1).equals("主责");
            int end = valueEnd(text, label.end());
            List<DraftUnit> named = list(text, label.end(), end, line.start());
            for (int i = 0; i < named.size(); i++) {
                DraftUnit u = named.get(i);
                units.add(i == 0 && leads ? new DraftUnit(u.name(), true, u.span()) : u);
            }
            from = Math.max(end, label.end());
        }
        units.addAll(parentheses(text, line.start()));
        units.sort(java.util.Comparator.comparingInt(u -> u.span().start()));
        return units;
    }

    /** The units a table's responsibility cell names ("医务部、护理部", "市卫健委（牵头）/市财政局"). */
    static List<DraftUnit> inCell(String cell, int offset) {
        return list(cell, 0, cell.length(), offset);
    }

    /** Where a label's list ends: a sentence end, a ；, the closing of the parenthesis it stands in, another label. */
    private static int valueEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == '；' || c == ';' || c == '。' || c == '\n')) {
                return i;
            } else if (depth == 0
                    && LABEL.matcher(text).region(i, text.length()).lookingAt()) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * The names in {@code text[from, to)} separated by 、，,/ outside parentheses. After a comma the list goes on only
     * while the names read like bodies (a comma may end the list and start a sentence).
     */
    private static List<DraftUnit> list(String text, int from, int to, int offset) {
        List<DraftUnit> units = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean afterComma = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '、';
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '、' || c == '，' || c == ',' || c == '/' || c == '／')) {
                DraftUnit unit = unit(text, start, i, offset);
                if (unit != null && (!afterComma || looksLikeBody(unit.name()))) {
                    units.add(unit);
                } else if (afterComma) {
                    break;
                }
                afterComma = afterComma || c == '，' || c == ',';
                start = i + 1;
            }
        }
        return units;
    }

    /** One name with what follows it stripped ("（牵头）", "牵头", "配合", "等"), or {@code null}. */
    private static DraftUnit unit(String text, int from, int to, int offset) {
        int start = from;
        int end = to;
        while (start < end && Line.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && Line.isBlank(text.charAt(end - 1))) {
            end--;
        }
        boolean leads = false;
        boolean stripped = true;
        while (stripped && end > start) {
            stripped = false;
            String name = text.substring(start, end);
            for (String tail : List.of("（牵头）", "(牵头)", "（牵头单位）")) {
                if (name.endsWith(tail)) {
                    end -= tail.length();
                    leads = true;
                    stripped = true;
                }
            }
            for (String role : ROLES) {
                if (name.endsWith(role) && name.length() > role.length()) {
                    end -= role.length();
                    leads = leads || role.startsWith("牵头");
                    stripped = true;
                    break;
                }
            }
            for (String tail : List.of("等单位", "等部门", "等")) {
                if (!stripped && name.endsWith(tail) && name.length() > tail.length()) {
                    end -= tail.length();
                    stripped = true;
                    break;
                }
            }
        }
        String name = text.substring(start, end).strip();
        if (name.length() < 2 || name.length() > MAX_NAME || name.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return new DraftUnit(name, leads, new Span(offset + start, offset + end));
    }

    /** Units named in parentheses with their roles: "（市卫健局牵头，市财政局、市人社局配合）". */
    private static List<DraftUnit> parentheses(String text, int offset) {
        List<DraftUnit> units = new ArrayList<>();
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '（' && c != '(') {
                continue;
            }
            int close = closing(text, open);
            if (close < 0) {
                continue;
            }
            List<DraftUnit> found = roles(text, open + 1, close, offset);
            if (found != null) {
                units.addAll(found);
                open = close;
            }
        }
        return units;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length() && i < open + 120; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if (c == '）' || c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The units of a parenthesis whose every clause is names and a role, or {@code null} when it is no such list. */
    private static List<DraftUnit> roles(String text, int from, int to, int offset) {
        if (LABEL.matcher(text).region(from, to).lookingAt()) {
            return null;
        }
        List<DraftUnit> units = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '，';
            if (c == '，' || c == ',' || c == '；' || c == ';') {
                String clause = text.substring(start, i).strip();
                String role =
                        ROLES.stream().filter(clause::endsWith).findFirst().orElse(null);
                if (role == null || clause.length() == role.length()) {
                    return null;
                }
                int end = start + text.substring(start, i).lastIndexOf(role);
                List<DraftUnit> named = list(text, start, end, offset);
                if (named.isEmpty() || !named.stream().allMatch(u -> looksLikeBody(u.name()))) {
                    return null;
                }
                for (int k = 0; k < named.size(); k++) {
                    DraftUnit u = named.get(k);
                    units.add(new DraftUnit(u.name(), k == 0 && role.startsWith("牵头"), u.span()));
                }
                start = i + 1;
            }
        }
        return units.isEmpty() ? null : units;
    }

    /** A name that ends like a body: 局, 委, 部, 科, 中心, 医院… */
    static boolean looksLikeBody(String name) {
        return name.length() >= 2
                && name.length() <= MAX_NAME
                && SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
