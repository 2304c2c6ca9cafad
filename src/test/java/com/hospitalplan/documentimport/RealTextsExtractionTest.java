package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The extractor on real texts beyond the seeds (src/test/resources/documentimport/realtexts: plans, excerpts of plans
 * and news about plans as a search of stored public pages found them, each with its source on its first line) against
 * the targets written down by hand from each text (the .tsv beside it: name, target as the text states it). A target
 * counts as found, and a draft target as right, by the seeds' measure ({@link SeedFigures#sameTarget}). The figures are
 * printed and recorded in docs/document-import.md; the floors below are the level reached, so a regression fails.
 */
class RealTextsExtractionTest {

    static final List<String> KEYS = List.of(
            "01-hainanzhou-yigongti",
            "02-hk01-guomin-jiankang",
            "03-peakrealty-jiankang-2030-table",
            "04-poltart-tongji-gongbao-2018",
            "05-tyrbw-qianxian-gongcheng",
            "06-chaxiaohao-shisanwu-yigai",
            "07-cri-shisiwu-chengjiu",
            "08-kexingxing-jiankang-2030-xuyan",
            "09-ghqlgyb-guomin-jiankang-xinwen",
            "10-one-tool-tongji-gongbao-2019");

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    record Figures(String key, int expected, int found, int draft, int right) {

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d/%d (%s) | %d/%d (%s) |",
                    key,
                    found,
                    expected,
                    SeedFigures.percent(found, expected),
                    right,
                    draft,
                    SeedFigures.percent(right, draft));
        }
    }

    @Test
    void findsTheTargetsWrittenDownByHandFromRealTexts() {
        List<Figures> all = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("| text | targets found (recall) | draft targets right (precision) |\n|---|---|---|\n");
        for (String key : KEYS) {
            String text = document(read(key + ".txt"));
            List<String[]> expected = expected(read(key + ".tsv"));
            PlanDraft draft = extractor.extract(text);
            int found = 0;
            for (String[] target : expected) {
                if (draft.indicators().stream().anyMatch(d -> SeedFigures.sameTarget(target, d))) {
                    found++;
                } else {
                    System.out.println(key + " missed: " + target[0] + " | " + target[1]);
                }
            }
            int right = 0;
            for (DraftIndicator d : draft.indicators()) {
                if (expected.stream().anyMatch(t -> SeedFigures.sameTarget(t, d))) {
                    right++;
                } else {
                    System.out.println(key + " wrong: " + d.name() + " | " + d.targetText());
                }
            }
            Figures figures =
                    new Figures(key, expected.size(), found, draft.indicators().size(), right);
            all.add(figures);
            out.append(figures.row()).append('\n');
        }
        Figures sum = new Figures(
                "all",
                all.stream().mapToInt(Figures::expected).sum(),
                all.stream().mapToInt(Figures::found).sum(),
                all.stream().mapToInt(Figures::draft).sum(),
                all.stream().mapToInt(Figures::right).sum());
        out.append(sum.row()).append('\n');
        System.out.println(out);

        // the level reached on 2026-12-07: 35/36 found, 39/52 right (the wrong ones are figures in news reports of
        // results, read as targets); texts 01-06 are plans or state a plan's targets, and there 37 of 39 are right
        assertThat(sum.expected()).isEqualTo(36);
        assertThat(sum.found()).isGreaterThanOrEqualTo(35);
        assertThat(sum.right()).isGreaterThanOrEqualTo(39);
        List<Figures> plans = all.subList(0, 6);
        int planTargets = plans.stream().mapToInt(Figures::draft).sum();
        int planRight = plans.stream().mapToInt(Figures::right).sum();
        assertThat(planRight).isGreaterThanOrEqualTo(37);
        assertThat(planTargets - planRight).isLessThanOrEqualTo(2);
    }

    /** The text without its first line, which names the source. */
    static String document(String file) {
        return file.substring(file.indexOf('\n') + 1);
    }

    /** The lines of a .tsv but its comment lines: name, tab, target. */
    static List<String[]> expected(String tsv) {
        List<String[]> targets = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t");
                targets.add(new String[] {cells[0].strip(), cells[1].strip()});
            }
        }
        return targets;
    }

    static String read(String name) {
        try (InputStream in = RealTextsExtractionTest.class.getResourceAsStream("/documentimport/realtexts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
