package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.organization.OrganizationKind;
import com.hospitalplan.organization.OrganizationView;
import com.hospitalplan.organization.RegionLevel;
import com.hospitalplan.plan.PlanCommands;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A target stated for every county or institution, entered per member of the coverage, without Spring. */
class DistributedTargetsTest {

    private static final String TEXT = String.join(
            "\n",
            "湛江市全面提升县级医院综合能力实施方案（2020-2021年）",
            "二、工作目标",
            // seed 004 (湛江市全面提升县级医院综合能力实施方案), 二、（二） and （三）
            "（二）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；",
            "（三）2020年底前，力争县域内就诊率达到90%左右。");

    private final DraftLayout layout = new DraftLayout(new PlanDraftExtractor().extract(TEXT));
    private final DraftPlanCommand.Defaults defaults = new DraftPlanCommand.Defaults("文件名", "未说明", 2026, "{0}")
            .withSplitNotes("原文按“{0}”陈述，拆分为{1}个指标，本条为{2}", "原文按“{0}”陈述，未拆分");

    private PlanCommands.ImportPlan command(DraftCoverage coverage) {
        DraftSelection all = new DraftSelection(
                Set.of(0, 1, 2),
                layout.entries().stream().map(DraftLayout.Entry::key).collect(Collectors.toSet()));
        return DraftPlanCommand.of(
                layout,
                all,
                defaults,
                // the city's bureau (7) chosen for the target on the page: it stays beside each county's bureau
                key -> layout.entry(key).item() instanceof DraftIndicator i
                                && i.targetText().contains("二级甲等")
                        ? new UnitChoices.Resolved(List.of(new PlanCommands.ImportUnit(7L, true)), List.of())
                        : null,
                List.of(),
                Set.of(),
                coverage);
    }

    @Test
    void aTargetForEveryCountyIsEnteredForEachCountyWithItsBureauLeading() {
        DraftCoverage coverage = new DraftCoverage(
                List.of(),
                List.of("440800"),
                set -> List.of(new DistributedTargets.Member("廉江市", 11L), new DistributedTargets.Member("吴川市", 12L)));

        PlanCommands.ImportPlan command = command(coverage);

        assertThat(command.plan().coveredRegionCodes()).containsExactly("440800");
        List<PlanCommands.ImportIndicator> counties = command.indicators().stream()
                .filter(i -> i.targetText().contains("二级甲等"))
                .toList();
        assertThat(counties).hasSize(2);
        assertThat(counties.get(0).definition().name()).isEqualTo("县级医院达到二级甲等医院（廉江市）");
        assertThat(counties.get(0).targetText()).isEqualTo("到2019年至少有一家县级医院达到二级甲等医院");
        assertThat(counties.get(0).definition().note()).isEqualTo("原文按“每个县”陈述，拆分为2个指标，本条为廉江市");
        assertThat(counties.get(0).units())
                .containsExactly(new PlanCommands.ImportUnit(11L, true), new PlanCommands.ImportUnit(7L, false));
        assertThat(counties.get(1).units()).first().isEqualTo(new PlanCommands.ImportUnit(12L, true));
        assertThat(counties).extracting(PlanCommands.ImportIndicator::key).doesNotHaveDuplicates();
        assertThat(command.indicators())
                .filteredOn(i -> i.targetText().contains("90%"))
                .singleElement()
                .satisfies(i -> assertThat(i.definition().note()).isNull());
    }

    @Test
    void withoutMembersTheTargetStaysOneWithANote() {
        PlanCommands.ImportPlan command = command(DraftCoverage.NONE);

        assertThat(command.indicators())
                .filteredOn(i -> i.targetText().contains("二级甲等"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.definition().note()).isEqualTo("原文按“每个县”陈述，未拆分");
                    assertThat(i.units()).containsExactly(new PlanCommands.ImportUnit(7L, true));
                });
    }

    private static OrganizationView org(long id, OrganizationKind kind, String region, String grade) {
        return new OrganizationView(id, (id == 1 ? "人民医院" : "机构") + id, kind, region, null, null, null, grade, 0);
    }

    @Test
    void aTiersNounNamesTheInstitutionsTheDirectoryCanTell() {
        Map<String, RegionLevel> levels = Map.of("440881", RegionLevel.COUNTY, "440800", RegionLevel.CITY);
        Function<String, RegionLevel> levelOf = levels::get;
        OrganizationView countyHospital = org(1, OrganizationKind.GENERAL_HOSPITAL, "440881", "二级甲等");
        OrganizationView cityHospital = org(2, OrganizationKind.GENERAL_HOSPITAL, "440800", "三级甲等");
        OrganizationView privateHospital = org(3, OrganizationKind.PRIVATE_HOSPITAL, "440881", null);
        OrganizationView township = org(4, OrganizationKind.TOWNSHIP_HEALTH_CENTER, "440881", null);
        OrganizationView tcm = org(5, OrganizationKind.TCM_HOSPITAL, "440881", null);
        List<OrganizationView> all = List.of(countyHospital, cityHospital, privateHospital, township, tcm);

        assertThat(named("县级医院", levelOf, all)).containsExactly(1L, 3L, 5L);
        assertThat(named("县级公立医院", levelOf, all)).containsExactly(1L, 5L);
        assertThat(named("公立医院", levelOf, all)).containsExactly(1L, 2L, 5L);
        assertThat(named("乡镇卫生院", levelOf, all)).containsExactly(4L);
        assertThat(named("二级以上医院", levelOf, all)).containsExactly(1L, 2L);
        assertThat(named("三级医院", levelOf, all)).containsExactly(2L);
        assertThat(named("县中医院", levelOf, all)).containsExactly(5L);
        // seed 004, 四、（二）: "由县级人民医院牵头"
        assertThat(named("县级人民医院", levelOf, all)).containsExactly(1L);
        assertThat(named("医疗机构", levelOf, all)).containsExactly(1L, 2L, 3L, 4L, 5L);
        // seed 002 and realtexts/01: which hospitals lead a 医共体 the directory does not say
        assertThat(InstitutionTiers.of("医共体牵头医院", levelOf)).isNull();
        assertThat(InstitutionTiers.of("医共体总院", levelOf)).isNull();
    }

    private static List<Long> named(String noun, Function<String, RegionLevel> levelOf, List<OrganizationView> all) {
        Predicate<OrganizationView> tier = InstitutionTiers.of(noun, levelOf);
        return all.stream().filter(tier).map(OrganizationView::id).toList();
    }
}
