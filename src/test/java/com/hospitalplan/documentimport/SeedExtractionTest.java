package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the five seed documents, compared with the demo data entered by hand from them (see
 * {@link SeedFigures} for what counts as found); the figures are printed and recorded in docs/document-import.md.
 */
class SeedExtractionTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    @Test
    void findsTheSeedPlansGoalsTargetsAndBudgetLines() {
        List<SeedFigures> all = new ArrayList<>();
        for (String key : SeedFigures.KEYS) {
            PlanDraft draft = extractor.extract(SeedFigures.seedText(key));
            all.add(SeedFigures.measure(key, draft));
            SeedFigures.targetDifferences(key, draft).forEach(System.out::println);
        }
        System.out.println(table(all));
        int goals = all.stream().mapToInt(SeedFigures::goalsFound).sum();
        int demoGoals = all.stream().mapToInt(SeedFigures::demoGoals).sum();
        assertThat(goals).isGreaterThan(0).isLessThanOrEqualTo(demoGoals);
        // the aim for targets, at the level reached on 2026-12-07 (166/181 found, 215/224 right): a regression
        // fails
        int targetsFound = sum(all, SeedFigures::targetsFound);
        int demoTargets = sum(all, SeedFigures::demoTargets);
        int right = sum(all, SeedFigures::draftTargetsRight);
        int draftTargets = sum(all, SeedFigures::draftTargets);
        assertThat(targetsFound).isGreaterThanOrEqualTo(166).isGreaterThanOrEqualTo(demoTargets * 90 / 100);
        assertThat(right).isGreaterThanOrEqualTo(215);
        assertThat(100 * (draftTargets - right)).isLessThanOrEqualTo(5 * draftTargets);
    }

    /**
     * Responsible units and basis documents per seed, printed for docs/document-import.md: only 001-baotou names units
     * (its indicator table's 责任科室 column, 16 indicators); the others name none in the wordings read (their mentions
     * are "责任部门"/"责任科室" as words, and 牵头 outside a list of bodies). How many match the demo organisations is
     * {@code SeedUnitMatchTest}'s.
     */
    @Test
    void countsTheSeedsResponsibleUnitsAndBasisDocuments() {
        int units = 0;
        int basis = 0;
        StringBuilder out = new StringBuilder("| seed | units named | basis documents |\n|---|---|---|\n");
        for (String key : SeedFigures.KEYS) {
            PlanDraft draft = extractor.extract(SeedFigures.seedText(key));
            int named =
                    draft.allGoals().stream().mapToInt(g -> g.units().size()).sum()
                            + draft.indicators().stream()
                                    .mapToInt(i -> i.units().size())
                                    .sum();
            units += named;
            basis += draft.facts().basisDocuments().size();
            out.append("| ").append(key).append(" | ").append(named).append(" | ");
            draft.facts()
                    .basisDocuments()
                    .forEach(b -> out.append("《")
                            .append(b.title())
                            .append("》")
                            .append(b.number() == null ? "" : b.number())
                            .append(' '));
            out.append("|\n");
        }
        System.out.println(out);
        assertThat(units).isEqualTo(16);
        assertThat(basis).isEqualTo(14);
    }

    static String table(List<SeedFigures> all) {
        StringBuilder out = new StringBuilder();
        out.append(
                "| seed | goal nodes found (recall) | draft goal nodes right (precision) | demo targets found (recall)"
                        + " | draft targets right (precision) | budget lines found | stated totals found |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (SeedFigures f : all) {
            out.append(f.row()).append('\n');
        }
        SeedFigures sum = new SeedFigures(
                "all",
                sum(all, SeedFigures::demoGoals),
                sum(all, SeedFigures::draftGoals),
                sum(all, SeedFigures::goalsFound),
                sum(all, SeedFigures::draftGoalsRight),
                sum(all, SeedFigures::demoTargets),
                sum(all, SeedFigures::draftTargets),
                sum(all, SeedFigures::targetsFound),
                sum(all, SeedFigures::draftTargetsRight),
                sum(all, SeedFigures::demoBudgetLines),
                sum(all, SeedFigures::budgetLinesFound),
                sum(all, SeedFigures::draftBudgetLines),
                sum(all, SeedFigures::demoTotals),
                sum(all, SeedFigures::totalsFound),
                sum(all, SeedFigures::draftTotals));
        out.append(sum.row()).append('\n');
        return out.toString();
    }

    private static int sum(List<SeedFigures> all, java.util.function.ToIntFunction<SeedFigures> f) {
        return all.stream().mapToInt(f).sum();
    }
}
