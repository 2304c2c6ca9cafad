package com.hospitalplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short labels of heat-map columns and rows, on indicator names as the seed plans (../shared/seeds) write them. */
class ShortNamesTest {

    /** 湛江市县级医院综合能力实施方案: many indicators that begin with the same hospital or county. */
    static final List<String> ZHANJIANG = List.of(
            "医疗服务能力达到基本标准的县级医院占比",
            "医疗服务能力达到推荐标准的县级医院占比",
            "廉江市人民医院医疗服务能力达到推荐标准",
            "吴川市人民医院医疗服务能力达到推荐标准",
            "雷州市人民医院医疗服务能力达到推荐标准",
            "徐闻县人民医院医疗服务能力达到推荐标准",
            "遂溪县人民医院医疗服务能力达到推荐标准",
            "廉江市达到二级甲等医院的县级医院数",
            "吴川市达到二级甲等医院的县级医院数",
            "廉江市人民医院达到“三级医院”服务能力",
            "廉江市人民医院达到县级区域医疗中心服务能力",
            "县域内就诊率",
            "县级医院建成标准化HIS系统、电子病历、PACS医学影像、LIS检验系统、健康体检、传染病管理、临床路径等管理信息系统",
            "“纵到底，横到边”的远程医疗服务体系",
            "县级公立医院实行党委领导下的院长负责制");

    /** 寻乌县县级公立医院高质量发展实施方案: the same indicator under three hospitals, asides in brackets. */
    static final List<String> XUNWU = List.of(
            "医院等级（三级甲等综合医院创建）",
            "业务收入增长率",
            "名医工作室",
            "医院等级（三级中医院创建）",
            "业务收入增长率",
            "全省中医医院排位",
            "医院等级（二级妇幼保健院创建）",
            "业务收入增长率");

    @Test
    void everyIndicatorOfAPlanGetsADistinctShortLabel() {
        List<String> labels = ShortNames.columns(ZHANJIANG);

        assertThat(labels).hasSize(ZHANJIANG.size()).doesNotHaveDuplicates();
        assertThat(labels)
                .allSatisfy(label ->
                        assertThat(ShortNames.width(label)).as(label).isLessThanOrEqualTo(ShortNames.WIDEST_COLUMN));
        // short names stay as written; long ones are cut with an ellipsis, quotation marks dropped
        assertThat(labels.get(11)).isEqualTo("县域内就诊率");
        assertThat(labels.get(12)).isEqualTo("县级医院建成标…");
        assertThat(labels.get(13)).startsWith("纵到底，横到边").endsWith("…");
        // names alike at the start grow until they differ
        assertThat(labels.get(2)).startsWith("廉江市人民医院医").isNotEqualTo(labels.get(9));
        assertThat(labels.get(0)).isNotEqualTo(labels.get(1));
        assertThat(labels.get(7)).startsWith("廉江市达到").doesNotContain("吴川");
    }

    @Test
    void asidesAreDroppedUnlessTheyTellIndicatorsApartAndRepeatedNamesAreNumbered() {
        List<String> labels = ShortNames.columns(XUNWU);

        assertThat(labels).doesNotHaveDuplicates();
        assertThat(labels.get(2)).isEqualTo("名医工作室");
        assertThat(labels.get(3)).isEqualTo("医院等级（三级中医院创建）");
        assertThat(labels.get(0)).startsWith("医院等级（三级甲等");
        assertThat(labels.get(1)).isEqualTo("业务收入增长率（1）");
        assertThat(labels.get(7)).isEqualTo("业务收入增长率（3）");
        assertThat(ShortNames.columns(List.of("RW≥2（基于省DRGS标准，各市级医院）", "医院整体面积")))
                .containsExactly("RW≥2", "医院整体面积");
    }

    @Test
    void rowsLeaveOutTheRegionEveryRowBeginsWith() {
        assertThat(ShortNames.rows(List.of("海宁市人民医院", "海宁市中医院", "海宁市中心医院", "海宁市第四人民医院")))
                .containsExactly("人民医院", "中医院", "中心医院", "第四人民医院");
        assertThat(ShortNames.rows(List.of("遂溪县人民医院", "遂溪县中医院", "遂溪县城月镇卫生院"))).containsExactly("人民医院", "中医院", "城月镇卫生院");
    }

    @Test
    void rowsKeepTheirNamesWhenNoRegionIsShared() {
        List<String> counties = List.of("廉江市", "吴川市", "雷州市", "徐闻县", "遂溪县");
        assertThat(ShortNames.rows(counties)).isEqualTo(counties);
        // the same words at the start, but no region: 测试人民医院- is no place
        assertThat(ShortNames.rows(List.of("测试人民医院-20", "测试人民医院-21"))).containsExactly("测试人民医院-20", "测试人民医院-21");
        // a row that is only the region keeps it
        assertThat(ShortNames.rows(List.of("海宁市", "海宁市人民医院"))).containsExactly("海宁市", "海宁市人民医院");
        assertThat(ShortNames.rows(List.of("包头医学院第一附属医院"))).containsExactly("包头医学院第一附属医院");
        assertThat(ShortNames.rows(List.of("内蒙古自治区包头市第四医院院本部", "内蒙古自治区包头市中心医院")))
                .containsExactly("第四医院院本部", "中心医院");
    }
}
