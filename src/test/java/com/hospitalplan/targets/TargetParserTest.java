package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every target form of docs/domain, in the wording the five seed plans use. */
class TargetParserTest {

    private final TargetParser parser = new TargetParser();

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # text                         | unit hint | understood as
            ≥35%                           | null | LATEST_VALUE AT_LEAST 35 %
            35%以上                         | null | LATEST_VALUE AT_LEAST 35 %
            达到35%以上                      | null | LATEST_VALUE AT_LEAST 35 %
            不低于10%                        | null | LATEST_VALUE AT_LEAST 10 %
            不少于5名                        | null | LATEST_VALUE AT_LEAST 5 名
            ≥100万元                        | null | LATEST_VALUE AT_LEAST 100 万元
            6 人以上                         | 人   | LATEST_VALUE AT_LEAST 6 人
            600 人以上                       | 人   | LATEST_VALUE AT_LEAST 600 人
            百人以上                          | null | LATEST_VALUE AT_LEAST 100 人
            ＞90％                           | null | LATEST_VALUE AT_LEAST 90 % strict
            超过60%                          | null | LATEST_VALUE AT_LEAST 60 % strict
            ≤11分钟                          | null | LATEST_VALUE AT_MOST 11 分钟
            保持在11分钟以内                   | null | LATEST_VALUE AT_MOST 11 分钟
            小于30%                          | null | LATEST_VALUE AT_MOST 30 % strict
            <30%                            | null | LATEST_VALUE AT_MOST 30 % strict
            不超过30%                        | null | LATEST_VALUE AT_MOST 30 %
            控制在25%                        | null | LATEST_VALUE AT_MOST 25 %
            45%左右                          | null | LATEST_VALUE ABOUT 45 %
            约90%                            | null | LATEST_VALUE ABOUT 90 %
            2~3个                            | null | LATEST_VALUE RANGE 2~3 个
            2～3                             | 个   | LATEST_VALUE RANGE 2~3 个
            1-2人                            | null | LATEST_VALUE RANGE 1~2 人
            3至5项                           | null | LATEST_VALUE RANGE 3~5 项
            95                              | %    | LATEST_VALUE REACH 95 %
            120                             | 项   | LATEST_VALUE REACH 120 项
            20 万                            | m2   | LATEST_VALUE REACH 200000 ㎡
            新增1个                           | null | INCREASE REACH 1 个
            新增 1                           | 个   | INCREASE REACH 1 个
            新增省"551"卫生高层次人才2名          | null | INCREASE REACH 2 名 ref=省"551"卫生高层次人才
            七级                              | null | LEVEL AT_LEAST level=七级
            七                               | 级   | LEVEL AT_LEAST level=七级
            5级                              | null | LEVEL AT_LEAST level=5级
            3级以上                           | null | LEVEL AT_LEAST level=3级
            四级甲等                          | null | LEVEL AT_LEAST level=四级甲等
            三级甲等                          | null | LEVEL AT_LEAST level=三级甲等
            三甲                             | null | LEVEL AT_LEAST level=三甲
            B++甚至A级                        | null | LEVEL AT_LEAST level=B++ stretch=A
            通过国家认证                        | null | ACHIEVEMENT YES ref=通过国家认证
            零突破                            | null | ACHIEVEMENT YES ref=零突破
            存量长期债务全部化解                  | null | ACHIEVEMENT YES ref=存量长期债务全部化解
            高于国家平均水平                     | %    | BENCHMARK AT_LEAST % strict ref=国家平均水平
            高于国家 平均水平                    | null | BENCHMARK AT_LEAST strict ref=国家平均水平
            不低于全省平均水平                    | null | BENCHMARK AT_LEAST ref=全省平均水平
            每年6人以上                        | null | YEARLY_VALUE AT_LEAST 6 人
            每年引育硕博人才35名                  | null | YEARLY_VALUE REACH 35 名 ref=引育硕博人才
            每年引育硕博人才35到2025年             | 名   | YEARLY_VALUE REACH 35 名 ref=引育硕博人才 year=2025
            每年申报省自然基金3-6项               | null | YEARLY_VALUE RANGE 3~6 项 ref=申报省自然基金
            每家公立医院每年引进高层次人才≥1人       | null | INSTITUTION_SHARE AT_LEAST 100 % ref=公立医院 cond=[YEARLY_VALUE AT_LEAST 1 人 ref=公立医院引进高层次人才]
            逐年增长15%以上                     | null | YEARLY_GROWTH AT_LEAST 15 %
            业务收入逐年增长20%以上               | null | YEARLY_GROWTH AT_LEAST 20 % ref=业务收入
            每年减少20%                        | null | YEARLY_GROWTH AT_MOST -20 %
            累计120项                          | null | CUMULATIVE REACH 120 项
            5年引进博士10名                     | null | CUMULATIVE REACH 10 名 ref=引进博士 span=5
            前十名                             | null | RANK AT_MOST 10 名
            全省县级医院前十强                    | null | RANK AT_MOST 10 名 ref=全省县级医院
            CMI进入全省三乙医院前五名              | null | RANK AT_MOST 5 名 ref=全省三乙医院
            全省中医医院排位前30名                 | null | RANK AT_MOST 30 名 ref=全省中医医院
            90%的县级医院达到基本标准              | null | INSTITUTION_SHARE REACH 90 % ref=县级医院 cond=[LEVEL AT_LEAST level=基本标准]
            50%达到推荐标准                      | null | INSTITUTION_SHARE REACH 50 % ref=达到推荐标准 cond=[LEVEL AT_LEAST level=推荐标准]
            达到 90 万人次                       | 万人次 | LATEST_VALUE REACH 90 万人次
            20场以上                            | null | LATEST_VALUE AT_LEAST 20 场
            3.7张/千人                          | null | LATEST_VALUE REACH 3.7 张/千人
            达到面积2000 m²                      | m²   | LATEST_VALUE REACH 2000 ㎡ ref=达到面积
            申报1门                             | 门   | LATEST_VALUE REACH 1 门 ref=申报
            30名（以三年为一周期）                 | null | CUMULATIVE REACH 30 名 span=3
            进入B++甚至A级行列                    | 级   | LEVEL AT_LEAST level=B++ stretch=A
            四甲                               | 级   | LEVEL AT_LEAST level=四甲
            力争达A                             | null | LEVEL AT_LEAST level=A
            争创三级甲等综合性医院                  | null | LEVEL AT_LEAST level=三级甲等
            均达到三级医院能力水平                  | null | INSTITUTION_SHARE AT_LEAST 100 % ref=均达到三级医院能力水平 cond=[LEVEL AT_LEAST level=三级]
            嘉兴市第一                           | 名   | RANK AT_MOST 1 名 ref=嘉兴市
            逐年提高                            | %    | YEARLY_GROWTH AT_LEAST 0 % strict
            持续降低                            | %    | YEARLY_GROWTH AT_MOST 0 % strict
            有较大幅度的增长                      | 项   | INCREASE AT_LEAST 0 项 strict
            达到推荐标准                          | null | LEVEL AT_LEAST level=推荐标准
            至少有一家县级医院达到二级甲等医院         | null | INSTITUTION_COUNT AT_LEAST 1 家 ref=县级医院达到二级甲等医院 cond=[LEVEL AT_LEAST level=二级甲等]
            各镇(街道)卫生院均配置CT(海洲、硖石街道除外) | null | INSTITUTION_SHARE AT_LEAST 100 % ref=镇卫生院
            """)
    void understandsTheTargetForm(String text, String unitHint, String expected) {
        ParseResult result = parser.parse(text, unitHint);
        assertThat(result.understood()).as(text).isTrue();
        assertThat(summary(result.target())).isEqualTo(expected);
        assertThat(result.target().text()).isEqualTo(text.strip());
    }

    @Test
    void readsASubBreakdown() {
        Target target = parser.parse("5个（西医3个、中医2个）").target();
        assertThat(summary(target)).isEqualTo("LATEST_VALUE REACH 5 个 parts=西医3个,中医2个");
    }

    @Test
    void readsOneCountyOverridingTheOthersInBrackets() {
        Target target = parser.parse("85%左右（遂溪县达到80%左右）").target();
        assertThat(summary(target)).isEqualTo("LATEST_VALUE ABOUT 85 % scoped=遂溪县:LATEST_VALUE ABOUT 80 %");
        assertThat(summary(target.forScope("遂溪县"))).isEqualTo("LATEST_VALUE ABOUT 80 %");
        assertThat(target.forScope("廉江市")).isSameAs(target);
    }

    @Test
    void readsATargetPerTier() {
        Target target = parser.parse("三级医院电子病历应用水平分级达到5级，二级医院电子病历应用水平分级达到3级以上").target();
        assertThat(summary(target))
                .isEqualTo("LEVEL AT_LEAST level=5级 scoped=三级医院:LEVEL AT_LEAST level=5级,二级医院:LEVEL AT_LEAST level=3级");
        assertThat(target.forScope("二级医院").level()).isEqualTo("3级");
    }

    @Test
    void doesNotMistakeAdministrativeTiersForALevel() {
        assertThat(parser.parse("市镇村三级").understood()).isFalse();
        assertThat(parser.parse("五级互联互通").understood()).isFalse();
    }

    @Test
    void refusesSeveralTargetsInOneSentenceWithAReason() {
        ParseResult result = parser.parse("分别达到35%、15%、15%以上");
        assertThat(result.understood()).isFalse();
        assertThat(result.errorKey()).isEqualTo("target.parse.several");
    }

    @Test
    void refusesWhatItCannotUnderstandAndKeepsTheText() {
        ParseResult result = parser.parse("合理控制");
        assertThat(result.understood()).isFalse();
        assertThat(result.errorKey()).isEqualTo("target.parse.unrecognized");
        assertThat(result.errorArgs()).containsExactly("合理控制");
    }

    @Test
    void readsAllOfASetAsAShareOfItWhateverWordsRepeatIt() {
        Target all = parser.parse("各县医共体全部达到", new TargetContext(null, "医共体建设达到推荐标准", true))
                .target();
        assertThat(summary(all)).isEqualTo("INSTITUTION_SHARE AT_LEAST 100 % ref=县医共体");
        Target each = parser.parse("各镇卫生院均达到90%以上").target();
        assertThat(summary(each))
                .isEqualTo("INSTITUTION_SHARE AT_LEAST 100 % ref=镇卫生院 cond=[LATEST_VALUE AT_LEAST 90 %]");
    }

    @Test
    void readsRanksWithoutANumberCountsOfAGradeAndYearsWithoutTheirCharacter() {
        Target front = parser.parse("主要健康指标位居全市前列").target();
        assertThat(front.measure()).isEqualTo(Measure.RANK);
        assertThat(front.value()).isNull();
        assertThat(front.reference()).isEqualTo("全市");
        Target count = parser.parse("各市至少要创建一所三级甲等综合医院", new TargetContext(null, null, false))
                .target();
        assertThat(summary(count))
                .isEqualTo("INSTITUTION_COUNT AT_LEAST 1 所 ref=三级甲等综合医院 cond=[LEVEL AT_LEAST level=三级甲等]");
        assertThat(parser.parse("力争2025全国千家县医院达到三级医院水平").target().targetYear()).isEqualTo(2025);
    }

    @Test
    void keepsTheHedgeTheApproximationAndADerivedFigureAsFlags() {
        Target hedged = parser.parse("力争到2025年达到90%左右").target();
        assertThat(hedged.hedge()).isEqualTo("力争");
        assertThat(hedged.approximate()).isTrue();
        assertThat(hedged.value()).isEqualByComparingTo("90");
        assertThat(hedged.targetYear()).isEqualTo(2025);
        Target derived = parser.parse("达到1200张（推算值）").target();
        assertThat(derived.derived()).isTrue();
        assertThat(derived.value()).isEqualByComparingTo("1200");
        assertThat(Texts.CHINESE.render(TargetReading.of(derived))).isEqualTo("理解为：最新值达到1200张（推算值）");
    }

    @Test
    void refusesAnEmptyTarget() {
        assertThat(parser.parse("  ").errorKey()).isEqualTo("target.parse.empty");
    }

    @Test
    void refusesARangeThatRunsBackwards() {
        assertThat(parser.parse("5~3个").understood()).isFalse();
    }

    static String summary(Target t) {
        StringBuilder s = new StringBuilder(t.measure() + " " + t.bound());
        if (t.value() != null) {
            s.append(' ').append(t.value().stripTrailingZeros().toPlainString());
            if (t.upper() != null) {
                s.append('~').append(t.upper().stripTrailingZeros().toPlainString());
            }
        }
        if (t.unit() != null && t.measure() != Measure.LEVEL) {
            s.append(' ').append(t.unit());
        }
        if (t.strict()) {
            s.append(" strict");
        }
        if (t.level() != null) {
            s.append(" level=").append(t.level());
        }
        if (t.stretchLevel() != null) {
            s.append(" stretch=").append(t.stretchLevel());
        }
        if (t.reference() != null) {
            s.append(" ref=").append(t.reference());
        }
        if (!t.parts().isEmpty()) {
            s.append(" parts=")
                    .append(t.parts().stream()
                            .map(p -> p.label() + p.value().toPlainString() + p.unit())
                            .collect(Collectors.joining(",")));
        }
        if (t.spanYears() != null) {
            s.append(" span=").append(t.spanYears());
        }
        if (t.targetYear() != null) {
            s.append(" year=").append(t.targetYear());
        }
        if (t.condition() != null) {
            s.append(" cond=[").append(summary(t.condition())).append(']');
        }
        if (!t.scoped().isEmpty()) {
            s.append(" scoped=")
                    .append(t.scoped().stream()
                            .map(p -> p.scope() + ":" + summary(p.target()))
                            .collect(Collectors.joining(",")));
        }
        return s.toString();
    }
}
