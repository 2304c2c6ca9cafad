package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Responsible units per goal and indicator, in each class of wording plans use: a labelled list ("（责任单位：…）",
 * "牵头单位：X；配合单位：Y、Z", "责任科室：…"), a parenthesis of names with roles ("（市卫健局牵头，市财政局、市人社局配合）",
 * "（医务部、护理部负责）") and an indicator table's 责任科室 column. The wordings are those of the issue (#17), which
 * quotes them from the plans the users brought; the negative cases are real sentences of the seeds.
 */
class ResponsibleUnitExtractionTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    private static List<DraftGoal> all(PlanDraft draft) {
        return draft.allGoals();
    }

    private static DraftGoal goal(PlanDraft draft, String title) {
        return all(draft).stream()
                .filter(g -> g.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLabelledListNamesTheUnitsOfItsTaskAndTheFirstLeads() {
        String text = String.join(
                "\n",
                "二、重点任务",
                "（一）加强公共卫生体系建设",
                "1.完善疾病预防控制体系。推进疾控机构标准化建设。（责任单位：市卫生健康局、市发展改革委、各县（市、区）人民政府）",
                "2.健全医疗救治体系。建设传染病医院。牵头单位：市卫健局；配合单位：市财政局、市人社局");
        PlanDraft draft = extractor.extract(text);

        assertThat(goal(draft, "完善疾病预防控制体系").units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("市卫生健康局", true), tuple("市发展改革委", false), tuple("各县（市、区）人民政府", false));
        DraftUnit first = goal(draft, "完善疾病预防控制体系").units().get(0);
        assertThat(text.substring(first.span().start(), first.span().end())).isEqualTo("市卫生健康局");
        assertThat(goal(draft, "健全医疗救治体系").units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("市卫健局", true), tuple("市财政局", false), tuple("市人社局", false));
        assertThat(goal(draft, "加强公共卫生体系建设").units()).isEmpty();
    }

    @Test
    void theUnitMarked牵头LeadsWhereverItStandsInTheList() {
        String text =
                String.join("\n", "一、主要任务", "（一）推进分级诊疗。完善双向转诊制度。（市财政局、市人社局配合，市卫健局牵头）", "（二）建设智慧医院。责任单位：信息中心、医务部（牵头）");
        PlanDraft draft = extractor.extract(text);

        assertThat(goal(draft, "推进分级诊疗").units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("市财政局", false), tuple("市人社局", false), tuple("市卫健局", true));
        assertThat(goal(draft, "建设智慧医院").units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("信息中心", false), tuple("医务部", true));
    }

    @Test
    void aHospitalPlanNamesItsDepartmentsByLabelOrByRole() {
        String text = String.join(
                "\n",
                "三、重点工作",
                "（一）医疗质量提升",
                "1.落实十八项医疗质量安全核心制度（医务部、护理部负责）。",
                "2.开展临床路径管理。责任科室：医务部",
                "（二）人才队伍建设",
                "到2025年，引进高层次人才达到20人以上。（人事科牵头，科教科配合）");
        PlanDraft draft = extractor.extract(text);

        assertThat(goal(draft, "落实十八项医疗质量安全核心制度（医务部、护理部负责）").units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("医务部", true), tuple("护理部", false));
        assertThat(goal(draft, "开展临床路径管理").units()).extracting(DraftUnit::name).containsExactly("医务部");
        DraftIndicator talents = draft.indicators().stream()
                .filter(i -> i.targetText().contains("20"))
                .findFirst()
                .orElseThrow();
        assertThat(talents.units())
                .extracting(DraftUnit::name, DraftUnit::leading)
                .containsExactly(tuple("人事科", true), tuple("科教科", false));
    }

    @Test
    void anIndicatorTablesResponsibilityColumnGoesWithEachRowAndAMergedCellWithTheRowsBelow() {
        String text = String.join(
                "\n",
                "二、发展指标",
                "序号\t指标名称\t单位\t2025年目标\t责任科室",
                "1\t三四级手术占比\t%\t≥60\t医务部、质控科",
                "2\t床位使用率\t%\t≥90\t",
                "3\t护理满意度\t%\t≥95\t护理部");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.indicators())
                .extracting(
                        DraftIndicator::name,
                        i -> i.units().stream().map(DraftUnit::name).toList())
                .containsExactly(
                        tuple("三四级手术占比", List.of("医务部", "质控科")),
                        tuple("床位使用率", List.of("医务部", "质控科")),
                        tuple("护理满意度", List.of("护理部")));
        assertThat(draft.indicators().get(0).units().get(0).leading()).isTrue();
    }

    @Test
    void aParenthesisThatIsNoListOfBodiesAndWordsAboutResponsibilityNameNobody() {
        String text = String.join(
                "\n",
                "一、主要任务",
                "（一）推进医联体建设。原则上组建1个由县级人民医院牵头，其他县级医院及乡镇卫生院（社区卫生服务中心）为成员单位的医共体。",
                "（二）压实责任。与责任部门签订工作责任书，各分管领导和责任科室定期汇报（2021—2025年）。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.allGoals()).allSatisfy(g -> assertThat(g.units()).isEmpty());
    }

    @Test
    void theSeedsNameNoUnitThatIsNone() {
        for (String seed : SeedFigures.KEYS) {
            PlanDraft draft = extractor.extract(SeedFigures.seedText(seed));
            for (DraftGoal goal : draft.allGoals()) {
                assertThat(goal.units())
                        .as(seed + " " + goal.title())
                        .allSatisfy(u ->
                                assertThat(UnitPhrases.looksLikeBody(u.name())).isTrue());
            }
        }
    }
}
