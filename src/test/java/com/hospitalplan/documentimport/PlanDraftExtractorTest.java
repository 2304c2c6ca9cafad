package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Bound;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extractor on wordings of each class plans use (none of them taken from the seeds), without Spring. */
class PlanDraftExtractorTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    @Test
    void readsTheGoalTreeFromTheDocumentsOwnNumberingWithTheChapterOfEachNode() {
        String text = String.join(
                "\n",
                "目录",
                "一、总体要求\t1",
                "一、总体要求",
                "（一）指导思想。坚持以人民健康为中心，推进医院高质量发展。",
                "（二）工作目标",
                "二、重点任务",
                "（一）加强学科建设",
                "1.建设重点专科",
                "（1）完善专科评价体系",
                "①制定评价办法",
                "（2）根据专科发展需要，引进学科带头人2名，培养骨干医师10名，资助经费约100万元；",
                "2.培养人才队伍",
                "各科室要落实人才培养责任，一是健全培训制度，二是完善考核办法。",
                "三、保障措施");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.goals()).extracting(DraftGoal::number).containsExactly("一、", "二、", "三、");
        DraftGoal tasks = draft.goals().get(1);
        DraftGoal discipline = tasks.children().get(0);
        assertThat(discipline.title()).isEqualTo("加强学科建设");
        assertThat(discipline.chapter()).isEqualTo("二、重点任务");
        DraftGoal specialty = discipline.children().get(0);
        assertThat(specialty.number()).isEqualTo("1.");
        assertThat(specialty.children()).extracting(DraftGoal::number).containsExactly("（1）");
        assertThat(specialty.children().get(0).children())
                .extracting(DraftGoal::title)
                .containsExactly("制定评价办法");
        DraftGoal people = discipline.children().get(1);
        assertThat(people.children())
                .extracting(DraftGoal::number, DraftGoal::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("一是", "健全培训制度"),
                        org.assertj.core.groups.Tuple.tuple("二是", "完善考核办法"));
        assertThat(draft.goals().get(0).children().get(0).title()).isEqualTo("指导思想");
        DraftGoal first = draft.goals().get(0);
        assertThat(text.substring(first.span().start(), first.span().end())).isEqualTo("一、总体要求");
    }

    @Test
    void readsAnIndicatorTableByItsHeadersWhateverTheirOrder() {
        String text = String.join(
                "\n",
                "附表 主要指标",
                "序号\t2025年\t指标名称\t属性\t单位\t2020年\t责任科室",
                "一、服务能力\t\t\t\t\t\t",
                "1\t≥40\t三四级手术占比\t预期性\t%\t31.5\t医务科",
                "2\t≤8\t平均住院日\t约束性\t天\t8.9\t",
                "",
                "正文继续。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.indicators()).hasSize(2);
        DraftIndicator share = draft.indicators().get(0);
        assertThat(share.name()).isEqualTo("三四级手术占比");
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.baselineText()).isEqualTo("31.5");
        assertThat(share.targetText()).isEqualTo("≥40");
        assertThat(share.targetYear()).isEqualTo(2025);
        assertThat(share.source()).isEqualTo("TABLE");
        assertThat(share.target().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(share.target().value()).isEqualByComparingTo("40");
        assertThat(text.substring(share.span().start(), share.span().end())).isEqualTo("≥40");
        assertThat(draft.indicators().get(1).target().bound()).isEqualTo(Bound.AT_MOST);
    }

    @Test
    void splitsAListAfter分别PerItemWithTheLastComparatorApplyingToEach() {
        String text = "三、工作目标\n到2027年，门诊预约率、日间手术占比、医联体上转率分别达到70%、20%、10%以上。";
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.indicators()).extracting(DraftIndicator::name).containsExactly("门诊预约率", "日间手术占比", "医联体上转率");
        assertThat(draft.indicators()).extracting(DraftIndicator::targetText).containsExactly("70%", "20%", "10%以上");
        assertThat(draft.indicators()).extracting(DraftIndicator::readAs).containsExactly("70%以上", "20%以上", null);
        assertThat(draft.indicators()).allSatisfy(i -> {
            assertThat(i.targetYear()).isEqualTo(2027);
            assertThat(i.target().bound()).isEqualTo(Bound.AT_LEAST);
            assertThat(text.substring(i.span().start(), i.span().end())).isEqualTo(i.targetText());
        });
    }

    @Test
    void readsTargetsInRunningTextByTheirClassOfWording() {
        String text = String.join(
                "\n",
                "二、发展目标",
                "到2026年，床位使用率不低于85%，新增省级重点专科3个，引进博士8名、硕士60名。",
                "每年选派骨干医师外出进修20人以上，医疗纠纷每年下降10%。",
                "70%的乡镇卫生院达到服务能力推荐标准。",
                "县域内住院率达到88%左右（山区县达到80%左右）。",
                "医院已建成胸痛中心，2019年开放床位1200张。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.indicators())
                .extracting(DraftIndicator::targetText)
                .contains("不低于85%", "3个", "8名", "60名", "20人以上", "每年下降10%", "70%的乡镇卫生院达到服务能力推荐标准", "88%左右（山区县达到80%左右）")
                .doesNotContain("1200张", "2019");
        DraftIndicator doctors = byTarget(draft, "8名");
        assertThat(doctors.name()).isEqualTo("引进博士");
        assertThat(doctors.targetYear()).isEqualTo(2026);
        assertThat(byTarget(draft, "20人以上").readAs()).isEqualTo("每年20人以上");
        assertThat(byTarget(draft, "3个").readAs()).isEqualTo("新增3个");
        assertThat(byTarget(draft, "3个").target().aggregation().name()).isEqualTo("CHANGE");
    }

    @Test
    void readsMilestonesBudgetLinesAndStatedTotals() {
        String text = String.join(
                "\n",
                "五、资金预算",
                "（一）2024年支出计划",
                "1.用于设备购置 800 万元。",
                "2.用于人才培养 200 万元。",
                "（二）自筹资金",
                "医院自筹 1.5 亿元用于新院区建设，项目总投资合计 2 亿元。",
                "六、进度安排",
                "2025年6月底前门诊综合楼建成投用。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.budgetLines())
                .extracting(DraftBudgetLine::amount, DraftBudgetLine::year)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("800"), 2024),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("200"), 2024));
        assertThat(draft.statedTotals())
                .extracting(DraftBudgetLine::amount)
                .contains(new BigDecimal("15000"), new BigDecimal("20000"));
        DraftMilestone building = draft.milestones().stream()
                .filter(m -> m.text().contains("门诊综合楼"))
                .findFirst()
                .orElseThrow();
        assertThat(building.year()).isEqualTo(2025);
        assertThat(building.month()).isEqualTo(6);
    }

    @Test
    void readsTitleIssuerDocumentNumberAndPeriod() {
        String text = String.join(
                "\n",
                "某某县人民政府办公室",
                "某府办发〔2024〕12号",
                "某某县人民政府办公室关于印发某某县卫生健康事业发展规划（2024—2028年）的通知",
                "各乡镇人民政府：",
                "现印发给你们，请认真贯彻执行。");
        DraftFacts facts = extractor.extract(text).facts();

        assertThat(facts.title()).isEqualTo("某某县卫生健康事业发展规划（2024—2028年）");
        assertThat(facts.issuer()).isEqualTo("某某县人民政府办公室");
        assertThat(facts.documentNumber()).isEqualTo("某府办发〔2024〕12号");
        assertThat(List.of(facts.startYear(), facts.endYear())).containsExactly(2024, 2028);
    }

    @Test
    void findsNoTargetsInAChapterOnThePast() {
        String text = "一、发展基础\n“十三五”期间，门诊量达到120万人次，三四级手术占比达到40%以上。\n二、发展目标\n到2025年，门诊量达到150万人次。";
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.indicators()).extracting(DraftIndicator::targetText).containsExactly("150万人次");
    }

    private static DraftIndicator byTarget(PlanDraft draft, String targetText) {
        return draft.indicators().stream()
                .filter(i -> i.targetText().equals(targetText))
                .findFirst()
                .orElseThrow();
    }
}
