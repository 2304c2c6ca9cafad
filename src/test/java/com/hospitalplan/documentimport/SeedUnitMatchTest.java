package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationService;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The responsible units the five seeds name, matched against the demo organisations (the directory the demo profile
 * loads, the departments each demo plan names included) with the demo plan's owner as the plan's owner; the figures
 * are printed and recorded in docs/document-import.md. A measure of the demo data by name, not a test of ids.
 */
@IntegrationTest
class SeedUnitMatchTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void matchesTheSeedsUnitsToTheDemoOrganisations() {
        List<OrganizationView> directory = organizations.all();
        PlanDraftExtractor extractor = new PlanDraftExtractor();
        int named = 0;
        int matched = 0;
        StringBuilder out = new StringBuilder("| seed | units named | matched | proposed departments | other |\n");
        out.append("|---|---|---|---|---|\n");
        for (String key : SeedFigures.KEYS) {
            String ownerName = SeedFigures.demoPlan(key).get("owner").asText();
            Long owner = directory.stream()
                    .filter(o -> o.name().equals(ownerName) && o.parentId() == null)
                    .map(OrganizationView::id)
                    .findFirst()
                    .orElseThrow();
            UnitMatcher matcher = new UnitMatcher(directory, owner);
            PlanDraft draft = extractor.extract(SeedFigures.seedText(key));
            int[] counts = new int[UnitMatch.Status.values().length];
            draft.allGoals()
                    .forEach(g -> g.units()
                            .forEach(
                                    u -> counts[matcher.match(u.name()).status().ordinal()]++));
            draft.indicators()
                    .forEach(i -> i.units()
                            .forEach(
                                    u -> counts[matcher.match(u.name()).status().ordinal()]++));
            int all = java.util.Arrays.stream(counts).sum();
            int ok = counts[UnitMatch.Status.MATCHED.ordinal()];
            int proposed = counts[UnitMatch.Status.NEW_DEPARTMENT.ordinal()];
            named += all;
            matched += ok;
            out.append("| %s | %d | %d | %d | %d |%n".formatted(key, all, ok, proposed, all - ok - proposed));
        }
        System.out.println(out);
        assertThat(named).isEqualTo(16);
        assertThat(matched).isGreaterThanOrEqualTo(15);
    }
}
