package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.targets.StoredTarget;
import com.hospitalplan.targets.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every target of the five seed plans is read, as the API serves it with the demo data: the stored reading of each
 * indicator's target (the parser's, or the planner's entry from the demo file), its source and the document's other
 * statements of it. The whole list, with the parser's reading of yearly targets and milestone sub-targets, is written
 * to {@code target/demo-target-readings.md} for review against the documents.
 */
@IntegrationTest
class DemoTargetReadingsTest {

    private static final Path LISTING = Path.of("target/demo-target-readings.md");
    private static final List<String> KEYS =
            List.of("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> plans = new LinkedHashMap<>();

    @BeforeEach
    void loadThePlansThroughTheApi() throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonNode summary : api("/api/v1/plans")) {
            String key = summary.path("key").asString();
            if (KEYS.contains(key)) {
                ids.put(key, summary.path("id").asLong());
            }
        }
        for (String key : KEYS) {
            plans.put(key, api("/api/v1/plans/" + ids.get(key)));
        }
    }

    @Test
    void aFiveYearTotalIsACumulativeTargetOverFiveYears() {
        // 三、（二）：用5年的时间引进……博士10名
        JsonNode doctors = indicator("000-yuebei", "引进博士");
        assertThat(doctors.path("targetText").asString()).isEqualTo("10名");
        assertThat(doctors.path("targetReadBy").asString()).isEqualTo("PLANNER");
        JsonNode target = doctors.path("target");
        assertThat(target.path("measure").asString()).isEqualTo("CUMULATIVE");
        assertThat(target.path("aggregation").asString()).isEqualTo("SUM");
        assertThat(target.path("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(target.path("spanYears").asInt()).isEqualTo(5);
        assertThat(doctors.path("targetSource").asString()).isEqualTo("正文 三、（二）");
    }

    @Test
    void everyYearInTheIndicatorsNameIsAYearlyValue() {
        JsonNode doctors = indicator("001-baotou", "博士每年自培和引进");
        assertThat(doctors.path("targetText").asString()).isEqualTo("6 人以上");
        assertThat(doctors.path("target").path("measure").asString()).isEqualTo("YEARLY_VALUE");
        assertThat(doctors.path("target").path("bound").asString()).isEqualTo("AT_LEAST");
        assertThat(doctors.path("target").path("value").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void anIncreaseIsAnIncreaseAlsoWhereTheListSaysItOnce() {
        JsonNode talents = indicator("002-haining", "省“551”卫生高层次人才");
        assertThat(talents.path("target").path("measure").asString()).isEqualTo("INCREASE");
        assertThat(talents.path("target").path("value").decimalValue()).isEqualByComparingTo("2");
        // 新增市级各类中医药人才5名,省级中医药人才1名: 新增 governs both
        JsonNode provincial = indicator("002-haining", "省级中医药人才");
        assertThat(provincial.path("targetText").asString()).isEqualTo("1名");
        assertThat(provincial.path("target").path("measure").asString()).isEqualTo("INCREASE");
        assertThat(provincial.path("target").path("value").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void aBenchmarkIsABenchmarkAndNoPercentageIndicatorHasAYesNoTarget() {
        JsonNode passRate = indicator("001-baotou", "执业医师通过率");
        assertThat(passRate.path("target").path("measure").asString()).isEqualTo("BENCHMARK");
        assertThat(passRate.path("target").path("strict").asBoolean()).isTrue();
        assertThat(passRate.path("target").path("reference").asString()).isEqualTo("国家平均水平");
        JsonNode awareness = indicator("000-yuebei", "社区人群脑卒中知晓率");
        assertThat(awareness.path("valueKind").asString()).isEqualTo("PERCENTAGE");
        assertThat(awareness.path("target").path("measure").asString()).isEqualTo("BENCHMARK");
        for (JsonNode plan : plans.values()) {
            for (JsonNode i : plan.path("indicators")) {
                if ("PERCENTAGE".equals(i.path("valueKind").asString())) {
                    assertThat(i.path("target").path("measure").asString())
                            .as(i.path("name").asString())
                            .isNotIn("ACHIEVEMENT", "LEVEL");
                }
            }
        }
    }

    @Test
    void level4OnTheInteroperabilityScaleIsALevel() {
        JsonNode maturity = indicator("002-haining", "三级医院信息互联互通标准化成熟度");
        assertThat(maturity.path("levelScale").asString()).isEqualTo("INTEROPERABILITY");
        assertThat(maturity.path("target").path("measure").asString()).isEqualTo("LEVEL");
        assertThat(maturity.path("target").path("level").asString()).isEqualTo("四级");
    }

    @Test
    void theTableAndTheTextOfBaotouAreBothStoredWithTheirSources() {
        JsonNode disciplines = indicator("001-baotou", "包头市领先重点学科");
        assertThat(disciplines.path("targetText").asString()).isEqualTo("36");
        assertThat(disciplines.path("targetSource").asString()).isEqualTo("附件 主要指标表");
        assertThat(disciplines.path("target").path("value").decimalValue()).isEqualByComparingTo("36");
        JsonNode alternatives = disciplines.path("alternativeTargets");
        assertThat(alternatives).hasSize(1);
        assertThat(alternatives.path(0).path("targetText").asString()).isEqualTo("31");
        assertThat(alternatives.path(0).path("source").asString()).startsWith("正文 第三部分 九、（二）");
        assertThat(alternatives.path(0).path("target").path("value").decimalValue())
                .isEqualByComparingTo("31");
        assertThat(alternatives.path(0).path("reading").asString()).contains("31");
    }

    @Test
    void aRollUpRuleFromTheFileIsStored() {
        JsonNode talents = indicator("003-xunwu", "每家公立医院每年引进或柔性引进高层次人才");
        assertThat(talents.path("aggregation").asString()).isEqualTo("SHARE_MEETING");
    }

    @Test
    void aTargetYearFromTheFileKeepsTheRestOfTheParsersReading() {
        JsonNode stay = indicator("004-zhanjiang", "县域内住院率");
        assertThat(stay.path("targetReadBy").asString()).isEqualTo("PLANNER");
        assertThat(stay.path("target").path("targetYear").asInt()).isEqualTo(2020);
        assertThat(stay.path("target").path("approximate").asBoolean()).isTrue();
        assertThat(stay.path("target").path("value").decimalValue()).isEqualByComparingTo("85");
        assertThat(stay.path("target").path("scoped").path(0).path("scope").asString())
                .isEqualTo("遂溪县");
    }

    @Test
    void everyDemoTargetIsListedWithItsReading() throws Exception {
        StringBuilder out = new StringBuilder("# Demo targets and how they are read\n\n");
        out.append("Indicator targets: the stored reading (read by the parser of a version, or a planner's entry from")
                .append(" the demo file). Yearly targets and milestone sub-targets are not stored readings: shown is")
                .append(" what the parser reads now.\n\n");
        int indicators = 0;
        int others = 0;
        for (Map.Entry<String, JsonNode> entry : plans.entrySet()) {
            JsonNode plan = entry.getValue();
            out.append("## ")
                    .append(entry.getKey())
                    .append(' ')
                    .append(plan.path("title").asString());
            out.append("\n\n| # | indicator | unit · kind · scale | target as written | source | read by | reading |")
                    .append(" understood as | other statements |\n|---|---|---|---|---|---|---|---|---|\n");
            int n = 0;
            for (JsonNode i : plan.path("indicators")) {
                indicators++;
                String readBy = i.path("targetReadBy").asString();
                if ("PARSER".equals(readBy)) {
                    readBy += " v" + i.path("targetParserVersion").asInt();
                }
                List<String> alternatives = new ArrayList<>();
                for (JsonNode a : i.path("alternativeTargets")) {
                    alternatives.add("«" + a.path("targetText").asString() + "» ("
                            + a.path("source").asString() + ") → " + brief(a.path("target")));
                }
                out.append(row(
                        String.valueOf(++n),
                        i.path("name").asString(),
                        text(i, "unit") + " · " + text(i, "valueKind") + " · " + text(i, "levelScale"),
                        "«" + i.path("targetText").asString() + "»",
                        text(i, "targetSource"),
                        readBy,
                        brief(i.path("target")),
                        i.path("target").isNull()
                                ? i.path("targetDescription").asString()
                                : i.path("targetReading").asString(),
                        String.join("; ", alternatives)));
                for (JsonNode yearly : i.path("yearlyTargets")) {
                    others++;
                    out.append(row(
                            "",
                            "↳ " + yearly.path("year").asInt() + "年",
                            "",
                            "«" + yearly.path("targetText").asString() + "»",
                            "年度目标",
                            "parser now",
                            brief(parsed(
                                    yearly.path("targetText").asString(),
                                    i.path("unit").isNull()
                                            ? null
                                            : i.path("unit").asString(),
                                    i.path("name").asString(),
                                    i.path("responsible").size())),
                            "",
                            ""));
                }
            }
            for (JsonNode m : plan.path("milestones")) {
                for (JsonNode part : m.path("subTargets")) {
                    others++;
                    out.append(row(
                            "M",
                            m.path("dueYear").asInt() + "年 "
                                    + part.path("label").asString(),
                            "",
                            "«" + part.path("targetText").asString() + "»",
                            m.path("title").asString(),
                            "parser now",
                            brief(parsed(part.path("targetText").asString(), null, null, 0)),
                            "",
                            ""));
                }
            }
            out.append('\n');
        }
        out.append("Indicator targets: ")
                .append(indicators)
                .append("; yearly targets and milestone sub-targets: ")
                .append(others)
                .append(".\n");
        Files.createDirectories(LISTING.getParent());
        Files.writeString(LISTING, out.toString(), StandardCharsets.UTF_8);
        assertThat(indicators).isEqualTo(35 + 40 + 65 + 9 + 32);
        assertThat(others).isGreaterThan(200);
    }

    private JsonNode parsed(String text, String unit, String name, int reporters) {
        Target target = StoredTarget.read(text, null, StoredTarget.context(unit, name, reporters))
                .target();
        return target == null ? json.nullNode() : json.valueToTree(target);
    }

    /** A reading in one line: measure, bound, value, unit, level and the slots that are set. */
    private static String brief(JsonNode t) {
        if (t == null || t.isNull() || t.isMissingNode()) {
            return "—";
        }
        StringBuilder b = new StringBuilder(
                t.path("measure").asString() + " " + t.path("bound").asString());
        if (t.path("strict").asBoolean()) {
            b.append(" strict");
        }
        if (!t.path("value").isNull() && !t.path("value").isMissingNode()) {
            b.append(' ')
                    .append(t.path("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        if (!t.path("upper").isNull() && !t.path("upper").isMissingNode()) {
            b.append('~')
                    .append(t.path("upper").decimalValue().stripTrailingZeros().toPlainString());
        }
        slot(b, t, "unit", "");
        slot(b, t, "level", "level ");
        slot(b, t, "stretchLevel", "stretch ");
        slot(b, t, "reference", "ref ");
        slot(b, t, "targetYear", "year ");
        slot(b, t, "baseYear", "base ");
        slot(b, t, "spanYears", "span ");
        slot(b, t, "hedge", "hedge ");
        if (t.path("approximate").asBoolean()) {
            b.append(" approx");
        }
        if (t.path("parts").size() > 0) {
            List<String> parts = new ArrayList<>();
            t.path("parts")
                    .forEach(p -> parts.add(p.path("label").asString() + " "
                            + p.path("value")
                                    .decimalValue()
                                    .stripTrailingZeros()
                                    .toPlainString()));
            b.append(" parts[").append(String.join(", ", parts)).append(']');
        }
        if (t.path("scoped").size() > 0) {
            List<String> scoped = new ArrayList<>();
            t.path("scoped").forEach(s -> scoped.add(s.path("scope").asString() + ": " + brief(s.path("target"))));
            b.append(" scoped[").append(String.join("; ", scoped)).append(']');
        }
        if (!t.path("condition").isNull() && !t.path("condition").isMissingNode()) {
            b.append(" condition{").append(brief(t.path("condition"))).append('}');
        }
        return b.toString();
    }

    private static void slot(StringBuilder b, JsonNode t, String field, String label) {
        JsonNode value = t.path(field);
        if (!value.isNull() && !value.isMissingNode()) {
            b.append(' ').append(label).append(value.isString() ? value.asString() : value.toString());
        }
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("|");
        for (String cell : cells) {
            b.append(' ')
                    .append(cell == null ? "" : cell.replace("|", "\\|").replace("\n", " "))
                    .append(" |");
        }
        return b.append('\n').toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "—" : value.asString();
    }

    private JsonNode indicator(String key, String name) {
        for (JsonNode indicator : plans.get(key).path("indicators")) {
            if (indicator.path("name").asString().equals(name)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + name + " in " + key);
    }

    private JsonNode api(String path) throws Exception {
        String body = mvc.perform(get(path).header("Authorization", "Bearer demo-token-admin"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
