package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Basis documents (编制依据) from sentences of basis and a 编制依据 section. The sentences are real ones, shortened only
 * where marked "…"; each test names its source.
 */
class BasisDocumentExtractionTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    /** https://bjsdkl.com/www/art/2020/12/8/art_63804_3 (泰州市, 落实健康中国行动推进健康泰州建设实施方案). */
    @Test
    void aSentenceOf根据NamesEachTitleWithItsNumber() {
        String text = String.join(
                "\n",
                "落实健康中国行动推进健康泰州建设实施方案",
                "为推动健康中国行动落地见效，加快健康泰州建设，根据《国务院关于实施健康中国行动的意见》（国发〔2019〕13号）、"
                        + "《国务院办公厅关于印发健康中国行动组织实施和考核方案的通知》（国办发〔2019〕32号）和"
                        + "《省政府关于印发落实健康中国行动推进健康江苏建设实施方案的通知》（苏政发〔2020〕12号）要求，结合本市实际，制定本方案。",
                "一、总体要求",
                "全面落实《健康中国行动（2019—2030年）》和《“健康江苏2030”规划纲要》，加快转变健康领域发展方式。",
                "到2022年，全民健康素养水平显著提高。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.facts().basisDocuments())
                .extracting(DraftBasis::title, DraftBasis::number)
                .containsExactly(
                        tuple("国务院关于实施健康中国行动的意见", "国发〔2019〕13号"),
                        tuple("国务院办公厅关于印发健康中国行动组织实施和考核方案的通知", "国办发〔2019〕32号"),
                        tuple("省政府关于印发落实健康中国行动推进健康江苏建设实施方案的通知", "苏政发〔2020〕12号"));
        DraftBasis first = draft.facts().basisDocuments().get(0);
        assertThat(text.substring(first.span().start(), first.span().end()))
                .isEqualTo("《国务院关于实施健康中国行动的意见》（国发〔2019〕13号）");
    }

    /**
     * https://gz.gy/zhengce/21469.html (云岩区, 健康云岩行动实施方案): 贯彻落实…精神; the document's own number heads
     * the notice.
     */
    @Test
    void aSentenceOf贯彻落实精神IsOneOfBasisAndTheDocumentsOwnNumberIsNone() {
        String text = String.join(
                "\n",
                "云府办发〔2021〕6号",
                "云岩区人民政府办公室关于印发健康云岩行动实施方案的通知",
                "经区政府同意，现将《健康云岩行动实施方案》印发给你们，请认真贯彻执行。",
                "健康云岩行动实施方案",
                "为贯彻落实《国务院关于实施健康中国行动的意见》(国发〔2019〕13号)、《贵州省人民政府办公厅关于印发健康贵州行动实施方案的通知》"
                        + "(黔府办发〔2019〕30号)和《贵阳市人民政府办公厅关于印发健康贵阳行动实施方案的通知》(黔府办发〔2021〕1号)精神，"
                        + "深入推进健康云岩行动建设，结合我区实际，特制定本方案。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.facts().documentNumber()).isEqualTo("云府办发〔2021〕6号");
        assertThat(draft.facts().basisDocuments())
                .extracting(DraftBasis::title, DraftBasis::number)
                .containsExactly(
                        tuple("国务院关于实施健康中国行动的意见", "国发〔2019〕13号"),
                        tuple("贵州省人民政府办公厅关于印发健康贵州行动实施方案的通知", "黔府办发〔2019〕30号"),
                        tuple("贵阳市人民政府办公厅关于印发健康贵阳行动实施方案的通知", "黔府办发〔2021〕1号"));
    }

    /**
     * https://yqlvyou.com/cshi/202509-6580.html (扬中市“十四五”卫生健康发展规划): titles without numbers; the plan
     * itself, named by its notice, is none.
     */
    @Test
    void titlesWithoutNumbersAreTakenButThePlanItselfIsNot() {
        String text = String.join(
                "\n",
                "关于印发《扬中市“十四五”卫生健康发展规划》的通知",
                "《扬中市“十四五”卫生健康发展规划》已经市政府常务会议讨论通过，现印发给你们，请结合实际，认真贯彻执行。",
                "按照新时期卫生健康工作方针和健康镇江建设总体部署，根据《江苏省“十四五”卫生健康发展规划》《镇江市“十四五”卫生健康发展规划》"
                        + "《扬中市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.facts().basisDocuments())
                .extracting(DraftBasis::title, DraftBasis::number)
                .containsExactly(
                        tuple("江苏省“十四五”卫生健康发展规划", null),
                        tuple("镇江市“十四五”卫生健康发展规划", null),
                        tuple("扬中市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", null));
    }

    /**
     * http://www.ejntfnq.cn/zbZcfg/Itemc4726e5b972a4129.html (牡丹江市防治慢性病中长期规划, in traditional characters):
     * 依据…; a document named as an achievement is none.
     */
    @Test
    void 依据InTraditionalCharactersAndNoAchievement() {
        String text = String.join(
                "\n",
                "牡丹江市防治慢性病中長期規劃（2018—2025年）",
                "為積極推進慢性病防治工作，依據《“健康龍江2030”規劃》（黑發〔2017〕1號）和《黑龍江省防治慢性病中長期規劃（2017—2025年）》" + "（黑政辦規〔2017〕68號），特制定本規劃。",
                "一、規劃背景",
                "我院牵头制定的《慢性病防治技术规范》获得省科技进步奖。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.facts().basisDocuments())
                .extracting(DraftBasis::title, DraftBasis::number)
                .containsExactly(
                        tuple("“健康龙江2030”规划", "黑发〔2017〕1号"), tuple("黑龙江省防治慢性病中长期规划（2017—2025年）", "黑政办规〔2017〕68号"));
    }

    @Test
    void everyTitleUnderA编制依据HeadingIsABasisDocument() {
        String text = String.join(
                "\n",
                "某医院“十四五”发展规划",
                "一、编制依据",
                "《中华人民共和国基本医疗卫生与健康促进法》",
                "《国务院办公厅关于推动公立医院高质量发展的意见》（国办发〔2021〕18号）",
                "二、发展目标",
                "我院编写的《临床路径汇编》已出版。");
        PlanDraft draft = extractor.extract(text);

        assertThat(draft.facts().basisDocuments())
                .extracting(DraftBasis::title, DraftBasis::number)
                .containsExactly(tuple("中华人民共和国基本医疗卫生与健康促进法", null), tuple("国务院办公厅关于推动公立医院高质量发展的意见", "国办发〔2021〕18号"));
    }
}
