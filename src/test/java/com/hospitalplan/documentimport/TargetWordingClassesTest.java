package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per class of target wording the extractor reads in running text, each with real phrases and where they
 * stand: the seed plans (src/test/resources/documentimport/seeds) and the real texts beyond them (realtexts/, each
 * naming its source on its first line).
 */
class TargetWordingClassesTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();

    private List<DraftIndicator> read(String... sentences) {
        PlanDraft draft = extractor.extract("二、工作目标\n" + String.join("\n", sentences));
        assertThat(draft.indicators())
                .allSatisfy(i -> assertThat(draft.text()
                                .substring(i.span().start(), i.span().end()))
                        .isEqualTo(i.targetText()));
        return draft.indicators();
    }

    private static List<String> texts(List<DraftIndicator> found) {
        return found.stream().map(DraftIndicator::targetText).toList();
    }

    @Test
    void aBenchmarkIsATargetAndAppliesToEachRateOfAList() {
        List<DraftIndicator> found = read(
                // seed 000 (粤北人民医院 高水平医院建设工作方案), 三、（一）
                "社区人群脑卒中知晓率、治疗率和控制率达到省内先进水平。",
                // seed 001 (包头医学院第一附属医院“十四五”规划), 第三部分
                "执业医师通过率高于全国平均水平；",
                // seed 002 (海宁市高水平县级医院建设三年行动方案), 二、（一）1
                "到2025年,床均建筑面积不小于《综合医院建设标准》(建标110-2021)规定。",
                // seed 004 (湛江市全面提升县级医院综合能力实施方案), 三、（九）
                "取消药品和耗材加成后医疗服务价格实际补偿水平达到政策规定的补偿比例。");

        assertThat(found)
                .extracting(DraftIndicator::name, DraftIndicator::targetText)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("社区人群脑卒中知晓率", "达到省内先进水平"),
                        org.assertj.core.groups.Tuple.tuple("治疗率", "达到省内先进水平"),
                        org.assertj.core.groups.Tuple.tuple("控制率", "达到省内先进水平"),
                        org.assertj.core.groups.Tuple.tuple("执业医师通过率", "高于全国平均水平"),
                        org.assertj.core.groups.Tuple.tuple("床均建筑面积", "不小于《综合医院建设标准》(建标110-2021)规定"));
        assertThat(texts(found)).contains("达到政策规定的补偿比例");
    }

    @Test
    void aCountOfInstitutionsReachingAStandardIsOneTarget() {
        List<DraftIndicator> found = read(
                // realtexts/05 (太原日报 on the 千县工程)
                "到2025年,全国至少1000家县医院要达到三级医院医疗服务能力水平,为实现一般病在市县解决打下坚实基础。",
                // seed 004, 二、（二）
                "（二）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；",
                // seed 002, 二、（二）
                "到2025年,至少1家卫生院达到二级乙等以上医院能力,村级医疗机构规范化率达到100%。");

        assertThat(texts(found))
                .contains("至少1000家县医院要达到三级医院医疗服务能力水平", "至少有一家县级医院达到二级甲等医院", "至少1家卫生院达到二级乙等以上医院能力", "100%")
                .doesNotContain("二级甲等", "二级乙等以上");
        DraftIndicator hospitals = found.get(0);
        assertThat(hospitals.name()).isEqualTo("县医院要达到三级医院医疗服务能力水平");
        assertThat(hospitals.targetYear()).isEqualTo(2025);
    }

    @Test
    void aTiersCapabilityIsATargetNamedByTheInstitutionBeforeIt() {
        // seed 004, 二、（二）
        List<DraftIndicator> found = read("廉江市服务人口较多、服务能力较强的廉江市人民医院，达到“三级医院”服务能力。");

        assertThat(found)
                .extracting(DraftIndicator::name, DraftIndicator::targetText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("廉江市服务人口较多、服务能力较强的廉江市人民医院", "“三级医院”服务能力"));
    }

    @Test
    void somethingBuiltIsATargetUnlessAVisionOrACountStandsForIt() {
        List<DraftIndicator> found = read(
                // seed 000, 三、（一）5 and 三、（二）
                "脑卒中中心通过国家认证，胸痛中心按计划开展国内前沿技术，建成中国房颤中心。",
                "申报建立博士后科研工作站、博士工作站、院士工作站。",
                // realtexts/02 (hk01 on the 十四五国民健康规划, traditional characters)
                "要基本建成能有效應對重大疫情和突發公共衛生事件、適應國家公共衛生安全形勢需要的強大公共衛生體系。",
                // realtexts/01 (海南州 紧密型县域医共体 实施方案), 一、总体目标: a 医共体 is built as a centre is
                "到2025年底前,所有县基本建成布局合理、人财物统一管理、权责清晰、运行高效、分工协作、服务连续、信息共享的县域医共体。",
                // seed 004, 二、（五）: a comma inside quotation marks ends no clause
                "（五）至2021年底，初步建成“纵到底，横到边”的远程医疗服务体系。",
                // seed 001, 第二部分: a vision, not something to check off
                "到2025年，全面建成有特色、区内一流的医教研协同发展、综合性、现代化区域医学中心。",
                // seed 002, 三、（二）: the count is the target
                "建成省级标准化危重孕产妇救治中心和新生儿救治中心各1家。");

        assertThat(texts(found))
                .contains("建成中国房颤中心", "博士后科研工作站", "博士工作站", "院士工作站", "初步建成“纵到底，横到边”的远程医疗服务体系", "1家")
                .noneMatch(t -> t.contains("一流") || t.contains("孕产妇救治中心"));
        assertThat(found)
                .filteredOn(i -> i.targetText().equals("博士工作站"))
                .extracting(DraftIndicator::readAs)
                .containsExactly("申报建立博士工作站");
        assertThat(texts(found)).anyMatch(t -> t.startsWith("基本建成能有效應對") && t.endsWith("強大公共衛生體系"));
        assertThat(texts(found)).anyMatch(t -> t.startsWith("所有县基本建成布局合理") && t.endsWith("县域医共体"));
    }

    @Test
    void aFigureGivenAsTheStartingPointIsNoTarget() {
        List<DraftIndicator> found = read(
                // seed 000, 三、（三）
                "国家药物临床试验机构认定专业计划从现有的 2 个增加到 10 个以上。",
                // seed 001, 第三部分二
                "在原基础（6 个）上实现增至 7 个自治区领先、重点学科项目。",
                // realtexts/03 (the 健康中国2030 table as an exam page quotes it, traditional characters)
                "嬰兒死亡率 5.0‰(目前8.1‰) |",
                "經常參加體育鍛煉人數 5.3億人(2014年為3.6億人) |",
                "重大慢性病過早死亡率 較2015年下降30% |");

        assertThat(texts(found)).containsExactly("10 个以上", "7 个", "5.0‰", "5.3億人", "較2015年下降30%");
        assertThat(found.get(1).name()).isEqualTo("自治区领先"); // the text after the figure, to the list mark
    }

    @Test
    void aCountOfTheItemsJustListedIsNoTargetButACountOfMoreIs() {
        List<DraftIndicator> found = read(
                // seed 004, 二、（一）
                "2020年底前，廉江市、吴川市、遂溪县等3个国家级试点县域医共体建设县（市），力争县域内就诊率达到90%左右。",
                // seed 001, 第四部分二
                "“十四五”期间，完成集成平台、数据中心、心电、病理、血透等20个系统建设。");

        assertThat(texts(found)).containsExactly("90%左右", "20个");
    }

    @Test
    void readsTraditionalCharactersAndKeepsTheTargetAsWritten() {
        // realtexts/02 (hk01 on the 十四五国民健康规划)
        List<DraftIndicator> found = read("規劃又提到,國家和省級健康縣區比例不低於40%,二級以上醫院中健康促進醫院比例不低於50%,15歲以上吸煙率下降到23.3%。");

        assertThat(texts(found)).containsExactly("不低於40%", "不低於50%", "23.3%");
        assertThat(found.get(0).readAs()).isEqualTo("不低于40%");
        assertThat(found.get(0).target()).isNotNull();
        assertThat(found.get(0).name()).isEqualTo("国家和省级健康县区比例");
    }

    @Test
    void findsNoTargetsInAReportOfResults() {
        List<DraftIndicator> found = read(
                // realtexts/10 (人民日报 on the 2019 statistics bulletin)
                "《公报》显示，2019年末，全国医疗卫生机构总数达1007545个，每千人口医疗卫生机构床位数由2018年6.03张增加到2019年6.30张。",
                // realtexts/07 (CRI on the 十四五 achievements)
                "据介绍,2024年我国人均预期寿命达到79岁,比2020年提高1.1岁。",
                // realtexts/08 (the 健康中国2030 preface)
                "2015年我国人均预期寿命已达76.34岁。",
                // realtexts/04 (news on the 2018 bulletin)
                "2018年，全国医疗卫生机构总诊疗人次达83.1亿人次，比上年增加1.3亿人次，增长了1.6%。");

        assertThat(found).isEmpty();
    }

    @Test
    void aTargetStatedForEveryCountyOrInstitutionIsMarkedDistributive() {
        List<DraftIndicator> found = read(
                // seed 004 (湛江市全面提升县级医院综合能力实施方案), 二、（二）: one target per county
                "（二）至2019年底，全市每个县（包括县级市，下同）至少有一家县级医院达到二级甲等医院；",
                // seed 004, 二、（四）: every county-level hospital builds them
                "（四）至2020年底，所有县级医院建成标准化HIS系统、电子病历、PACS医学影像、LIS检验系统、健康体检、传染病管理、临床路径等管理信息系统。",
                // seed 003 (寻乌县推动县级公立医院高质量发展工作实施方案), 12.
                "12.大力引进人才。每家公立医院每年引进或柔性引进高层次人才1人以上。",
                // realtexts/01 (海南州全面推进紧密型县域医疗卫生共同体建设实施方案), 一、总体目标
                "到2025年底前,县域医共体建设的组织管理、投入保障、人事编制、薪酬待遇、医保支付等政策进一步完善,所有县基本建成布局合理、人财物统一管理、权责清晰、运行高效、分工协作、服务连续、信息共享的县域医共体。",
                "医共体总院全部达到县级医院服务能力基本标准,90%的乡镇卫生院达到服务能力推荐标准,基层医疗卫生机构诊疗量占比提高到55%左右。",
                // seed 002 (海宁市推进高水平县级医院建设三年行动方案), 二、（一）
                "到2025年,医院人工智能应用覆盖率100%,医共体牵头医院均达到三级医院能力水平,县级医院高水平发展格局基本形成。");

        java.util.Map<String, Distribution> sets = new java.util.HashMap<>();
        found.forEach(i -> sets.put(i.targetText(), i.distribution()));
        assertThat(sets.get("至少有一家县级医院达到二级甲等医院")).isEqualTo(new Distribution(Distribution.Kind.COUNTY, "每个县", "县"));
        assertThat(sets.get("所有县级医院建成标准化HIS系统")).isEqualTo(new Distribution(Distribution.Kind.TIER, "所有县级医院", "县级医院"));
        assertThat(sets.get("1人以上")).isEqualTo(new Distribution(Distribution.Kind.INSTITUTION, "每家公立医院", "公立医院"));
        assertThat(found.stream()
                        .filter(i -> i.targetText().startsWith("所有县基本建成"))
                        .findFirst()
                        .orElseThrow()
                        .distribution())
                .isEqualTo(new Distribution(Distribution.Kind.COUNTY, "所有县", "县"));
        assertThat(sets.get("全部达到")).isEqualTo(new Distribution(Distribution.Kind.TIER, "医共体总院全部", "医共体总院"));
        assertThat(sets.get("三级医院能力水平")).isEqualTo(new Distribution(Distribution.Kind.TIER, "医共体牵头医院均", "医共体牵头医院"));
        // a share of a set, a figure for the whole and a named hospital are stated once
        assertThat(sets.get("90%的乡镇卫生院达到服务能力推荐标准")).isNull();
        assertThat(sets.get("55%左右")).isNull();
        assertThat(sets.get("100%")).isNull();
    }

    @Test
    void aSetBeforeAWholeOrANamedInstitutionMakesNoTargetDistributive() {
        List<DraftIndicator> found = read(
                // realtexts/05 (太原日报 on the 千县工程): a count over the whole country
                "到2025年,全国至少1000家县医院要达到三级医院医疗服务能力水平,为实现一般病在市县解决打下坚实基础。",
                // seed 004, 二、（二）: one hospital named
                "廉江市服务人口较多、服务能力较强的廉江市人民医院，达到“三级医院”服务能力。",
                // seed 004, 二、（三）: 各地 is no set of the coverage; the figures are the three pilot counties' together
                "2020年底前，廉江市、吴川市、遂溪县等3个国家级试点县域医共体建设县（市），力争县域内就诊率达到90%左右。");

        assertThat(found)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.distribution()).isNull());
    }
}
