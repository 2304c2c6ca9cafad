package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser on real target phrases from public documents other than the five seeds (src/test/resources/targets,
 * see its README): each phrase with its source and the reading a careful person gives it. At least 95% must read
 * right; every miss is written to target/target-phrases-report.md.
 */
class RealPhrasesTest {

    private static final Path PHRASES = Path.of("src/test/resources/targets");
    private static final Path REPORT = Path.of("target/target-phrases-report.md");

    private final TargetParser parser = new TargetParser();

    record Phrase(String file, int line, String text, String unit, Map<String, String> expected, String source) {}

    @Test
    void readsAtLeast95PercentOfRealPhrasesRight() throws IOException {
        List<Phrase> phrases = phrases();
        Set<String> sources = new TreeSet<>();
        phrases.forEach(p -> sources.add(p.source()));
        assertThat(phrases).as("phrases in the test set").hasSizeGreaterThanOrEqualTo(300);
        assertThat(sources).as("distinct source documents").hasSizeGreaterThanOrEqualTo(12);

        List<String> misses = new ArrayList<>();
        for (Phrase phrase : phrases) {
            ParseResult result = parser.parse(phrase.text(), phrase.unit());
            Map<String, String> actual = result.understood() ? reading(result.target()) : Map.of();
            List<String> wrong = new ArrayList<>();
            phrase.expected().forEach((key, value) -> {
                if (!same(key, value, actual.get(key))) {
                    wrong.add(key + ": expected " + value + ", read " + actual.getOrDefault(key, "—"));
                }
            });
            if (!wrong.isEmpty()) {
                misses.add("| " + phrase.file() + ":" + phrase.line() + " | " + phrase.text() + " | "
                        + (result.understood() ? String.join("; ", wrong) : "not understood: " + result.errorKey())
                        + " | " + phrase.source() + " |");
            }
        }
        int right = phrases.size() - misses.size();
        double share = 100.0 * right / phrases.size();
        writeReport(phrases.size(), sources.size(), right, share, misses);
        assertThat(share)
                .as("share read right (%d of %d); the misses are in %s", right, phrases.size(), REPORT)
                .isGreaterThanOrEqualTo(95.0);
    }

    private static boolean same(String key, String expected, String actual) {
        if (actual == null) {
            return expected.equals("false") && key.endsWith("strict");
        }
        if (key.equals("value") || key.equals("upper") || key.endsWith(".value")) {
            try {
                return new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        if (key.equals("unit") || key.endsWith(".unit")) {
            return TargetWording.normalize(expected).equals(actual);
        }
        if (key.equals("level") || key.endsWith(".level")) {
            // 三甲 and 三级甲等 name the same grade
            return LevelScale.normalize(TargetWording.normalize(expected)).equals(LevelScale.normalize(actual));
        }
        return expected.equals(actual);
    }

    /** A target in the test set's notation. */
    static Map<String, String> reading(Target t) {
        Map<String, String> keys = new LinkedHashMap<>();
        put(keys, "", t);
        if (t.condition() != null) {
            put(keys, "cond.", t.condition());
        }
        return keys;
    }

    private static void put(Map<String, String> keys, String prefix, Target t) {
        keys.put(prefix + "measure", t.measure().name());
        keys.put(prefix + "bound", t.bound().name());
        if (t.value() != null) {
            keys.put(prefix + "value", t.value().toPlainString());
        }
        if (t.upper() != null) {
            keys.put(prefix + "upper", t.upper().toPlainString());
        }
        if (t.unit() != null) {
            keys.put(prefix + "unit", t.unit());
        }
        keys.put(prefix + "strict", String.valueOf(t.strict()));
        if (t.level() != null) {
            keys.put(prefix + "level", t.level());
        }
        if (prefix.isEmpty()) {
            if (t.targetYear() != null) {
                keys.put("year", String.valueOf(t.targetYear()));
            }
            if (t.baseYear() != null) {
                keys.put("base", String.valueOf(t.baseYear()));
            }
            if (t.spanYears() != null) {
                keys.put("span", String.valueOf(t.spanYears()));
            }
        }
    }

    private static List<Phrase> phrases() throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        try (Stream<Path> files = Files.list(PHRASES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] columns = line.split("\t", -1);
                    assertThat(columns)
                            .as("%s:%d has five columns", file, i + 1)
                            .hasSize(5);
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (String pair : columns[2].trim().split(" +")) {
                        int eq = pair.indexOf('=');
                        assertThat(eq).as("%s:%d key=value", file, i + 1).isPositive();
                        expected.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                    assertThat(columns[3])
                            .as("%s:%d source address", file, i + 1)
                            .startsWith("http");
                    phrases.add(new Phrase(
                            file.getFileName().toString(),
                            i + 1,
                            columns[0],
                            columns[1].equals("-") ? null : columns[1],
                            expected,
                            columns[3]));
                }
            }
        }
        return phrases;
    }

    private static void writeReport(int total, int sources, int right, double share, List<String> misses)
            throws IOException {
        StringBuilder report = new StringBuilder();
        report.append("# Target parser on real phrases\n\n")
                .append(String.format(
                        "%d phrases from %d sources: %d read right (%.1f%%), %d missed.%n%n",
                        total, sources, right, share, misses.size()))
                .append("| where | phrase | what differs | source |\n|---|---|---|---|\n");
        misses.forEach(m -> report.append(m).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
    }
}
