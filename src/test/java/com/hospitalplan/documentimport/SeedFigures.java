package com.hospitalplan.documentimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How much of a seed plan's demo data (db/demo/plans/*.json, entered by hand from the document) a draft found.
 *
 * <ul>
 *   <li>goal nodes: a demo node is found when a draft node has the same number (blanks and bracket widths aside) and
 *       a title that starts the same (the first four characters, or the whole title if shorter); precision counts the
 *       draft's nodes that match a demo node;
 *   <li>targets: a demo indicator is found when a draft indicator states its target (the same numbers in the same
 *       order, or for wording without numbers one text containing the other) and their names share two consecutive
 *       characters; precision counts the draft's targets that match any target the demo file states (an indicator's
 *       target, a yearly target, a milestone's sub-target);
 *   <li>budget lines: a demo line with an amount is found when a draft line or stated total has the same amount (and
 *       the same year where both name one); demo stated totals likewise against the draft's totals and lines.
 * </ul>
 */
record SeedFigures(
        String key,
        int demoGoals,
        int draftGoals,
        int goalsFound,
        int draftGoalsRight,
        int demoTargets,
        int draftTargets,
        int targetsFound,
        int draftTargetsRight,
        int demoBudgetLines,
        int budgetLinesFound,
        int draftBudgetLines,
        int demoTotals,
        int totalsFound,
        int draftTotals) {

    static final List<String> KEYS = List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");

    static String seedText(String key) {
        try (InputStream in = SeedFigures.class.getResourceAsStream("/documentimport/seeds/" + key + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode demoPlan(String key) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(Path.of("db/demo/plans/" + key + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedFigures measure(String key, PlanDraft draft) {
        JsonNode plan = demoPlan(key);
        List<JsonNode> demoGoals = new ArrayList<>();
        collect(plan.get("goals"), demoGoals);
        List<DraftGoal> goals = draft.allGoals();
        int goalsFound = (int) demoGoals.stream()
                .filter(g -> goals.stream().anyMatch(d -> sameGoal(g, d)))
                .count();
        int goalsRight = (int) goals.stream()
                .filter(d -> demoGoals.stream().anyMatch(g -> sameGoal(g, d)))
                .count();

        List<String[]> demoTargets = demoTargets(plan);
        List<String[]> allStated = statedTargets(plan);
        List<DraftIndicator> found = draft.indicators();
        int targetsFound =
                (int) demoTargets.stream().filter(t -> isFound(t, draft)).count();
        int targetsRight =
                (int) found.stream().filter(d -> isRight(d, allStated, plan)).count();

        List<JsonNode> demoLines = new ArrayList<>();
        plan.get("budgetLines").forEach(l -> {
            if (!l.get("amount").isNull()) {
                demoLines.add(l);
            }
        });
        List<DraftBudgetLine> money = new ArrayList<>(draft.budgetLines());
        money.addAll(draft.statedTotals());
        int linesFound = (int) demoLines.stream()
                .filter(l -> draft.budgetLines().stream().anyMatch(d -> sameMoney(l, d)))
                .count();
        List<JsonNode> demoTotals = new ArrayList<>();
        plan.get("statedTotals").forEach(demoTotals::add);
        int totalsFound = (int) demoTotals.stream()
                .filter(t -> money.stream().anyMatch(d -> sameMoney(t, d)))
                .count();
        return new SeedFigures(
                key,
                demoGoals.size(),
                goals.size(),
                goalsFound,
                goalsRight,
                demoTargets.size(),
                found.size(),
                targetsFound,
                targetsRight,
                demoLines.size(),
                linesFound,
                draft.budgetLines().size(),
                demoTotals.size(),
                totalsFound,
                draft.statedTotals().size());
    }

    /** The demo targets the draft missed and the draft's targets the demo file does not state, one per line. */
    static List<String> targetDifferences(String key, PlanDraft draft) {
        JsonNode plan = demoPlan(key);
        List<String[]> allStated = statedTargets(plan);
        List<String> out = new ArrayList<>();
        for (String[] t : demoTargets(plan)) {
            if (!isFound(t, draft)) {
                out.add(key + " missed: " + t[0] + " | " + t[1]);
            }
        }
        for (DraftIndicator d : draft.indicators()) {
            if (!isRight(d, allStated, plan)) {
                String sentence = draft.text()
                        .substring(d.sentenceSpan().start(), d.sentenceSpan().end());
                out.add(key + " wrong: " + d.name() + " | " + d.targetText() + "  «" + sentence + "»");
            }
        }
        return out;
    }

    /** Each demo indicator's name and final target. */
    private static List<String[]> demoTargets(JsonNode plan) {
        List<String[]> targets = new ArrayList<>();
        for (JsonNode indicator : plan.get("indicators")) {
            targets.add(new String[] {
                indicator.get("name").asString(), indicator.get("target").asString()
            });
        }
        return targets;
    }

    /** Every target the demo file states: indicators' final and yearly targets, milestones' sub-targets. */
    private static List<String[]> statedTargets(JsonNode plan) {
        List<String[]> stated = new ArrayList<>();
        for (JsonNode indicator : plan.get("indicators")) {
            String name = indicator.get("name").asString();
            stated.add(new String[] {name, indicator.get("target").asString()});
            for (JsonNode yearly : indicator.get("yearlyTargets")) {
                stated.add(new String[] {name, yearly.get("target").asString()});
            }
        }
        for (JsonNode milestone : plan.get("milestones")) {
            for (JsonNode sub : milestone.get("subTargets")) {
                stated.add(new String[] {
                    sub.get("label").asString() + milestone.get("title").asString(),
                    sub.get("target").asString()
                });
            }
        }
        return stated;
    }

    /**
     * A demo target is found when one draft target states it, or when the draft's targets read in order from one
     * sentence do together (a target the demo file enters per tier in one wording: "三级医院…达到5级，二级医院…达到3级以上").
     */
    static boolean isFound(String[] demo, PlanDraft draft) {
        List<DraftIndicator> found = draft.indicators();
        if (found.stream().anyMatch(d -> sameTarget(demo, d))) {
            return true;
        }
        List<String> demoNumbers = numbers(plain(demo[1]));
        if (demoNumbers.size() < 2) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            List<String> joined = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            for (int k = i;
                    k < found.size()
                            && found.get(k).sentenceSpan().equals(found.get(i).sentenceSpan());
                    k++) {
                joined.addAll(numbers(plain(found.get(k).targetText())));
                names.append(found.get(k).name()).append(found.get(k).targetText());
                if (joined.equals(demoNumbers)) {
                    return shareTwo(plain(demo[0]), plain(names.toString()));
                }
            }
        }
        return false;
    }

    /**
     * A draft target is right when the demo file states it, or when the note of a demo indicator of that name quotes
     * the document saying it (the document states one indicator twice, "增加到7个" beside the table's "新增1", or
     * inconsistently, "达到31个" beside the table's 36: the hand-entered data records both).
     */
    static boolean isRight(DraftIndicator draft, List<String[]> stated, JsonNode plan) {
        if (stated.stream().anyMatch(t -> sameTarget(t, draft))) {
            return true;
        }
        String mine = plain(draft.targetText());
        for (JsonNode indicator : plan.get("indicators")) {
            JsonNode note = indicator.get("note");
            if (note != null
                    && !note.isNull()
                    && mine.length() >= 2
                    && !numbers(mine).isEmpty()
                    && quotes(plain(note.asString())).stream().anyMatch(q -> q.contains(mine))
                    && shareTwo(plain(indicator.get("name").asString()), plain(draft.name() + draft.targetText()))) {
                return true;
            }
        }
        return false;
    }

    /** The passages a note quotes from the document (between “ and ”). */
    private static List<String> quotes(String note) {
        List<String> quotes = new ArrayList<>();
        int open = note.indexOf('“');
        while (open >= 0) {
            int close = note.indexOf('”', open + 1);
            if (close < 0) {
                break;
            }
            quotes.add(note.substring(open + 1, close));
            open = note.indexOf('“', close + 1);
        }
        return quotes;
    }

    private static void collect(JsonNode goals, List<JsonNode> into) {
        for (JsonNode goal : goals) {
            into.add(goal);
            collect(goal.get("children"), into);
        }
    }

    static boolean sameGoal(JsonNode demo, DraftGoal draft) {
        String number =
                demo.get("number").isNull() ? "" : plain(demo.get("number").asString());
        if (!number.equals(plain(draft.number()))) {
            return false;
        }
        String title = plain(demo.get("title").asString());
        String mine = plain(draft.title());
        int n = Math.min(4, Math.min(title.length(), mine.length()));
        return n > 0 && title.substring(0, n).equals(mine.substring(0, n));
    }

    static boolean sameTarget(String[] demo, DraftIndicator draft) {
        String demoTarget = plain(demo[1]);
        String mine = plain(draft.targetText());
        List<String> demoNumbers = numbers(demoTarget);
        boolean sameWording = demoNumbers.isEmpty()
                ? !mine.isEmpty() && (demoTarget.contains(mine) || mine.contains(demoTarget))
                : demoNumbers.equals(numbers(mine));
        return sameWording && shareTwo(plain(demo[0]), plain(draft.name() + draft.targetText()));
    }

    private static boolean sameMoney(JsonNode demo, DraftBudgetLine draft) {
        BigDecimal amount = new BigDecimal(demo.get("amount").asString());
        if (amount.compareTo(draft.amount()) != 0) {
            return false;
        }
        JsonNode year = demo.get("year");
        return year == null || year.isNull() || draft.year() == null || year.asInt() == draft.year();
    }

    private static boolean shareTwo(String a, String b) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            pairs.add(a.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= b.length(); i++) {
            if (pairs.contains(b.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers of a wording in order; a Chinese numeral standing before a measure word counts as its digit ("至少一家"
     * and "至少有1家" state the same number).
     */
    private static List<String> numbers(String text) {
        text = chineseCounts(text);
        List<String> numbers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ((c >= '0' && c <= '9') || (c == '.' && current.length() > 0)) {
                current.append(c);
            } else if (current.length() > 0) {
                numbers.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            numbers.add(current.toString());
        }
        return numbers;
    }

    private static String chineseCounts(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                digit = 2;
            }
            boolean count = digit >= 0
                    && i + 1 < text.length()
                    && "个家名人项所张床".indexOf(text.charAt(i + 1)) >= 0
                    && (i == 0 || "零一二三四五六七八九十百千两".indexOf(text.charAt(i - 1)) < 0);
            out.append(count ? (char) ('0' + digit) : c);
        }
        return out.toString();
    }

    /** In simplified characters (a text and its repost in traditional ones say the same), without blanks, with ASCII brackets, digits and punctuation. */
    static String plain(String text) {
        return Texts.digits(Simplified.of(text))
                .replaceAll("[\\s\\u3000]", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('．', '.')
                .replace('、', '.')
                .replace('％', '%')
                .replace('，', ',');
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "—" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    String row() {
        return String.format(
                Locale.ROOT,
                "| %s | %d/%d (%s) | %d/%d (%s) | %d/%d (%s) | %d/%d (%s) | %d/%d | %d/%d |",
                key,
                goalsFound,
                demoGoals,
                percent(goalsFound, demoGoals),
                draftGoalsRight,
                draftGoals,
                percent(draftGoalsRight, draftGoals),
                targetsFound,
                demoTargets,
                percent(targetsFound, demoTargets),
                draftTargetsRight,
                draftTargets,
                percent(draftTargetsRight, draftTargets),
                budgetLinesFound,
                demoBudgetLines,
                totalsFound,
                demoTotals);
    }
}
