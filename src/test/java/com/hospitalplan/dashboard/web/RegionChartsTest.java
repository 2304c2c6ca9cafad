package com.hospitalplan.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.dashboard.DashboardViews.HeatRow;
import com.hospitalplan.dashboard.DashboardViews.RegionDashboard;
import com.hospitalplan.dashboard.DashboardViews.ScoreRow;
import com.hospitalplan.shared.Paged;
import com.hospitalplan.targets.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heat map's chart options on a county page of a plan with many indicators (names of 湛江市县级医院综合能力实施方案,
 * numbered per goal as its documents number them): short, distinct column labels, the full names for the tooltips,
 * and row labels without the county every institution's name begins with.
 */
class RegionChartsTest {

    static final List<String> NAMES = List.of(
            "医疗服务能力达到基本标准的县级医院占比",
            "医疗服务能力达到推荐标准的县级医院占比",
            "廉江市人民医院医疗服务能力达到推荐标准",
            "吴川市人民医院医疗服务能力达到推荐标准",
            "廉江市达到二级甲等医院的县级医院数",
            "吴川市达到二级甲等医院的县级医院数",
            "廉江市人民医院达到“三级医院”服务能力",
            "廉江市人民医院达到县级区域医疗中心服务能力",
            "县域内就诊率",
            "县级医院建成标准化HIS系统、电子病历、PACS医学影像、LIS检验系统、健康体检、传染病管理、临床路径等管理信息系统");

    static final List<String> HOSPITALS = List.of("遂溪县人民医院", "遂溪县中医院", "遂溪县妇幼保健院");

    private final RegionCharts charts = new RegionCharts(messages());

    @Test
    void columnsCarryDistinctShortNamesAndTheTooltipsTheFullOnes() {
        JsonNode spec = JsonMapper.builder().build().readTree(charts.heat(countyPage(), Locale.CHINA));

        List<String> columns = texts(spec.get("columns"));
        List<String> names = texts(spec.get("columnNames"));
        assertThat(columns).hasSize(NAMES.size()).doesNotHaveDuplicates();
        // the old labels were the goal's numbers, the same in every goal
        assertThat(columns).noneMatch(label -> label.matches("\\d+"));
        assertThat(columns)
                .allSatisfy(label -> assertThat(label.length()).as(label).isLessThanOrEqualTo(14));
        assertThat(columns.get(8)).isEqualTo("县域内就诊率");
        assertThat(names).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(names.get(i)).isEqualTo(((i % 4) + 1) + " " + NAMES.get(i));
        }
        assertThat(texts(spec.get("rows"))).containsExactly("人民医院", "中医院", "妇幼保健院");
        assertThat(texts(spec.get("rowNames"))).isEqualTo(HOSPITALS);
    }

    /** A county page: ten indicators numbered 1-4 in each goal, three hospitals, each cell on track. */
    private static RegionDashboard countyPage() {
        List<ScoreRow> indicators = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            indicators.add(new ScoreRow(
                    (long) i + 1,
                    String.valueOf((i % 4) + 1),
                    NAMES.get(i),
                    "%",
                    null,
                    null,
                    false,
                    "≥90%",
                    null,
                    null,
                    null,
                    Status.ON_TRACK,
                    null,
                    null,
                    1,
                    1,
                    null,
                    null,
                    null));
        }
        List<HeatRow> heat = HOSPITALS.stream()
                .map(name -> new HeatRow(
                        name,
                        "/dashboards/institutions/1",
                        false,
                        Collections.nCopies(NAMES.size(), Status.ON_TRACK),
                        Collections.nCopies(NAMES.size(), (Long) null)))
                .toList();
        return new RegionDashboard(
                "440823",
                "遂溪县",
                List.of(),
                null,
                List.of(),
                1L,
                "湛江市县级医院综合能力实施方案",
                indicators,
                heat,
                Paged.of(indicators, 1, 25),
                heat,
                List.of(),
                null,
                null,
                null,
                List.of(),
                true);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
