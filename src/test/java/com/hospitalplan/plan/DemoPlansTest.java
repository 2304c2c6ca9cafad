package com.hospitalplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hospitalplan.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The five seed plans, as the API serves them with the demo data: counts and a sample of values per plan. */
@IntegrationTest
class DemoPlansTest {

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> plans = new java.util.HashMap<>();

    @BeforeEach
    void loadThePlansThroughTheApi() throws Exception {
        for (JsonNode summary : api("/api/v1/plans")) {
            // other tests add plans of their own, without a key, to the same database
            String key = summary.path("key").asString();
            if (key != null && !key.isBlank()) {
                plans.put(key, api("/api/v1/plans/" + summary.path("id").asLong()));
            }
        }
    }

    @Test
    void theApiListsTheFiveSeedPlans() {
        assertThat(plans).containsOnlyKeys("000-yuebei", "001-baotou", "002-haining", "003-xunwu", "004-zhanjiang");
    }

    @Test
    void yuebeiHoldsItsGoalsYearlyProgressAndBudget() {
        JsonNode plan = plans.get("000-yuebei");
        assertThat(plan.path("title").asString()).contains("粤北人民医院", "高水平医院建设工作方案");
        assertThat(plan.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(plan.path("startYear").asInt()).isEqualTo(2018);
        assertThat(plan.path("endYear").asInt()).isEqualTo(2022);
        assertThat(texts(plan.path("basisDocuments"), "number")).contains("粤府办〔2018〕20号");
        assertThat(chapters(plan)).containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、");
        assertThat(countGoals(plan.path("goals"))).isEqualTo(76);
        assertThat(plan.path("milestones")).hasSize(51);
        assertThat(milestoneYears(plan)).containsExactlyInAnyOrder(2018, 2019, 2020, 2021, 2022);
        assertThat(plan.path("indicators")).hasSize(35);

        JsonNode budget = plan.path("budget");
        assertThat(budget.path("total").path("amount").decimalValue()).isEqualByComparingTo("60000");
        assertThat(budget.path("total").path("complete").asBoolean()).isTrue();
        assertThat(budget.path("bySource").path("省财政专项资金").path("amount").decimalValue())
                .isEqualByComparingTo("30000");
        assertThat(budget.path("statedTotals")).hasSize(7);
        for (JsonNode check : budget.path("statedTotals")) {
            assertThat(check.path("matches").asBoolean())
                    .as(check.path("label").asString())
                    .isTrue();
        }
        assertThat(budget.path("lines")).hasSize(22);
        assertThat(yearTotal(budget, "2018")).isEqualByComparingTo("1000");
        assertThat(yearTotal(budget, "2022")).isEqualByComparingTo("8000");
        assertThat(yearTotal(budget, "null")).isEqualByComparingTo("30000");
    }

    @Test
    void yuebeiListsTheInvestmentsItsTextNamesBesideTheTotalsItStates() {
        JsonNode budget = plans.get("000-yuebei").path("budget");
        JsonNode laboratory = budgetLine(budget, "建设中心实验室");
        assertThat(laboratory.path("amount").decimalValue()).isEqualByComparingTo("3000");
        assertThat(laboratory.path("inTotals").asBoolean()).isFalse();
        assertThat(laboratory.path("note").asString()).contains("投入 3000 万元建设");
        JsonNode telemedicine = budgetLine(budget, "远程医疗中心建设");
        assertThat(telemedicine.path("amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(telemedicine.path("inTotals").asBoolean()).isFalse();
        JsonNode perYear = budgetLine(budget, "人才经费及相关杂志社运营费用");
        assertThat(perYear.path("amount").decimalValue()).isEqualByComparingTo("300");
        assertThat(perYear.path("recurring").asBoolean()).isTrue();
        assertThat(perYear.path("approximate").asBoolean()).isTrue();
        assertThat(perYear.path("year").isNull()).isTrue();
        JsonNode oneOff = budgetLine(budget, "科研费用");
        assertThat(oneOff.path("amount").decimalValue()).isEqualByComparingTo("800");
        assertThat(oneOff.path("recurring").asBoolean()).isFalse();
        assertThat(oneOff.path("note").asString()).contains("2300");
        JsonNode city = budgetLine(budget, "暂未列入计划");
        assertThat(city.path("amount").isNull()).isTrue();
        assertThat(city.path("amountStated").asBoolean()).isFalse();
    }

    @Test
    void baotouSpendsFiveHundredAYearAndNamesSourcesWithoutAmounts() {
        JsonNode budget = plans.get("001-baotou").path("budget");
        JsonNode perYear = budgetLine(budget, "人才培养（中青年医学骨干）");
        assertThat(perYear.path("recurring").asBoolean()).isTrue();
        assertThat(budget.path("total").path("amount").decimalValue()).isEqualByComparingTo("2500");
        assertThat(budget.path("total").path("complete").asBoolean()).isFalse();
        assertThat(budget.path("bySource").path("专项债").path("complete").asBoolean())
                .isFalse();
    }

    @Test
    void baotouHoldsItsIndicatorTableOfSeventeenIndicators() {
        JsonNode plan = plans.get("001-baotou");
        List<JsonNode> table = new ArrayList<>();
        plan.path("indicators").forEach(i -> {
            if (!i.path("number").isNull()) {
                table.add(i);
            }
        });
        assertThat(table).hasSize(17);
        JsonNode specialties = indicator(plan, "国家级重点专科");
        assertThat(specialties.path("baselineValue").decimalValue()).isEqualByComparingTo("1");
        assertThat(specialties.path("baselineYear").asInt()).isEqualTo(2020);
        assertThat(specialties.path("targetText").asString()).isEqualTo("2~3");
        assertThat(specialties.path("target").path("bound").asString()).isEqualTo("RANGE");
        assertThat(specialties.path("responsible").path(0).path("name").asString())
                .contains("科研管理科");

        JsonNode cityDisciplines = indicator(plan, "包头市领先重点学科");
        assertThat(cityDisciplines.path("targetText").asString()).isEqualTo("36");
        assertThat(cityDisciplines.path("note").asString()).contains("31");

        assertThat(indicator(plan, "执业医师通过率").path("target").path("measure").asString())
                .isEqualTo("BENCHMARK");
        assertThat(indicator(plan, "电子病历应用水平").path("target").path("level").asString())
                .isEqualTo("七级");
        assertThat(indicator(plan, "自治区级领先重点学科").path("target").path("measure").asString())
                .isEqualTo("INCREASE");
        assertThat(indicator(plan, "硕士研究生导师").path("baselineValue").decimalValue())
                .isEqualByComparingTo("112");
        assertThat(indicator(plan, "专技本科及以上占比").path("baselineValue").isNull()).isTrue();
    }

    @Test
    void hainingHoldsItsTasksYearlyTargetsAndBureaus() {
        JsonNode plan = plans.get("002-haining");
        assertThat(plan.path("issuer").asString()).isEqualTo("海宁市人民政府办公室");
        assertThat(plan.path("milestones")).hasSize(28);
        assertThat(plan.path("indicators")).hasSize(65);
        JsonNode response = indicator(plan, "全市急救平均反应时间");
        assertThat(response.path("target").path("bound").asString()).isEqualTo("AT_MOST");
        assertThat(response.path("target").path("value").decimalValue()).isEqualByComparingTo("11");
        JsonNode talents = indicator(plan, "引育硕博人才");
        assertThat(talents.path("target").path("measure").asString()).isEqualTo("YEARLY_VALUE");
        assertThat(talents.path("target").path("value").decimalValue()).isEqualByComparingTo("35");
        JsonNode records = indicator(plan, "电子病历应用水平分级");
        assertThat(texts(records.path("target").path("scoped"), "scope")).containsExactly("三级医院", "二级医院");
        long ledByBureaus = countGoalsWithLeadingUnitEndingIn(plan.path("goals"), "局");
        assertThat(ledByBureaus).isPositive();
    }

    @Test
    void xunwuIsADraftForCommentsCoveringThreeHospitals() {
        JsonNode plan = plans.get("003-xunwu");
        assertThat(plan.path("status").asString()).isEqualTo("DRAFT_FOR_COMMENTS");
        assertThat(plan.path("coverage").toString()).contains("寻乌县人民医院", "寻乌县中医院", "寻乌县妇幼保健院");
        JsonNode grade = indicator(plan, "医院等级（三级甲等综合医院创建）");
        assertThat(grade.path("target").path("level").asString()).isEqualTo("三级甲等");
        assertThat(plan.path("milestones").toString()).contains("2022-06-30");
    }

    @Test
    void zhanjiangHoldsItsPerCountyTargets() {
        JsonNode plan = plans.get("004-zhanjiang");
        assertThat(plan.path("coveredRegionCodes").toString())
                .contains("440823", "440825", "440881", "440882", "440883");
        JsonNode admissions = indicator(plan, "县域内住院率");
        assertThat(admissions.path("targetText").asString()).isEqualTo("85%左右（遂溪县达到80%左右）");
        JsonNode suixi = admissions.path("target").path("scoped").path(0);
        assertThat(suixi.path("scope").asString()).isEqualTo("遂溪县");
        assertThat(suixi.path("target").path("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(admissions.path("target").path("value").decimalValue()).isEqualByComparingTo("85");
    }

    @Test
    void almostEverySeedTargetIsUnderstoodAndTheRestSayWhy() {
        int total = 0;
        int understood = 0;
        for (JsonNode plan : plans.values()) {
            for (JsonNode indicator : plan.path("indicators")) {
                total++;
                if (!indicator.path("target").isNull()) {
                    understood++;
                } else {
                    assertThat(indicator.path("targetDescription").asString()).startsWith("无法识别目标");
                }
            }
        }
        assertThat(total).isEqualTo(35 + 40 + 65 + 9 + 32);
        assertThat(understood).isGreaterThanOrEqualTo(total - 10);
    }

    private JsonNode api(String path) throws Exception {
        String body = mvc.perform(get(path).header("Authorization", "Bearer demo-token-admin"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static java.math.BigDecimal yearTotal(JsonNode budget, String year) {
        for (JsonNode total : budget.path("byYear")) {
            if (total.path("year").toString().equals(year)) {
                return total.path("money").path("amount").decimalValue();
            }
        }
        throw new AssertionError("No budget total for year " + year);
    }

    private static JsonNode budgetLine(JsonNode budget, String category) {
        for (JsonNode line : budget.path("lines")) {
            if (line.path("category").asString().equals(category)) {
                return line;
            }
        }
        throw new AssertionError("No budget line of category " + category);
    }

    private static JsonNode indicator(JsonNode plan, String name) {
        for (JsonNode indicator : plan.path("indicators")) {
            if (indicator.path("name").asString().equals(name)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + name);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    private static List<String> chapters(JsonNode plan) {
        return texts(plan.path("goals"), "number");
    }

    private static List<Integer> milestoneYears(JsonNode plan) {
        List<Integer> years = new ArrayList<>();
        plan.path("milestones").forEach(m -> {
            if (!years.contains(m.path("dueYear").asInt())) {
                years.add(m.path("dueYear").asInt());
            }
        });
        return years;
    }

    private static int countGoals(JsonNode goals) {
        int count = 0;
        for (JsonNode goal : goals) {
            count += 1 + countGoals(goal.path("children"));
        }
        return count;
    }

    private static long countGoalsWithLeadingUnitEndingIn(JsonNode goals, String suffix) {
        long count = 0;
        for (JsonNode goal : goals) {
            for (JsonNode unit : goal.path("responsible")) {
                if (unit.path("leading").asBoolean()
                        && unit.path("name").asString().endsWith(suffix)) {
                    count++;
                }
            }
            count += countGoalsWithLeadingUnitEndingIn(goal.path("children"), suffix);
        }
        return count;
    }
}
