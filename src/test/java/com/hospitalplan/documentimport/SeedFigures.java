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

        List<String[]> demoTargets = new ArrayList<>();
        List<String[]> allStated = new ArrayList<>();
        for (JsonNode indicator : plan.get("indicators")) {
            String[] t = {
                indicator.get("name").asString(), indicator.get("target").asString()
            };
            demoTargets.add(t);
            allStated.add(t);
            for (JsonNode yearly : indicator.get("yearlyTargets")) {
                allStated.add(new String[] {t[0], yearly.get("target").asString()});
            }
        }
        for (JsonNode milestone : plan.get("milestones")) {
            for (JsonNode sub : milestone.get("subTargets")) {
                allStated.add(new String[] {
                    sub.get("label").asString() + milestone.get("title").asString(),
                    sub.get("target").asString()
                });
            }
        }
        List<DraftIndicator> found = draft.indicators();
        int targetsFound = (int) demoTargets.stream()
                .filter(t -> found.stream().anyMatch(d -> sameTarget(t, d)))
                .count();
        int targetsRight = (int) found.stream()
                .filter(d -> allStated.stream().anyMatch(t -> sameTarget(t, d)))
                .count();

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

    private static List<String> numbers(String text) {
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

    /** Without blanks, with ASCII brackets, digits and punctuation. */
    static String plain(String text) {
        return Texts.digits(text)
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
