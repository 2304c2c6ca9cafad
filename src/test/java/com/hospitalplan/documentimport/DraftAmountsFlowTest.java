package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hospitalplan.support.IntegrationTest;
import com.hospitalplan.support.TestAccounts;
import com.hospitalplan.user.Role;
import com.hospitalplan.user.SignedInUser;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An amount's figure on the review page: each budget line, stated total and milestone shows its amount in 万元 as a
 * field; a typed amount reaches the confirmed plan, and one that is no amount is refused (422) with the reason in the
 * user's language and everything typed kept.
 */
@IntegrationTest
class DraftAmountsFlowTest {

    private static final String DOCUMENT = String.join(
            "\n",
            "医院发展规划（2024—2026年）",
            "一、资金预算",
            "（一）2024年支出计划",
            "1.用于设备购置 800 万元。",
            "2.用于人才培养 200 万元。",
            "（二）自筹资金",
            "项目总投资合计 2 亿元。",
            "二、进度安排",
            "2025年6月底前门诊综合楼建成投用，需资金约 400 万元。");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    private SignedInUser planner;
    private DraftLayout layout;
    private String equipment;
    private String training;
    private String total;
    private String building;

    @BeforeEach
    void read() {
        planner = accounts.signedIn(Role.PLANNER);
        layout = new DraftLayout(new PlanDraftExtractor().extract(DOCUMENT));
        equipment = budgetLine("800");
        training = budgetLine("200");
        total = layout.entries().stream()
                .filter(e -> e.kind().equals("STATED_TOTAL")
                        && ((DraftBudgetLine) e.item()).amount().compareTo(new BigDecimal("20000")) == 0)
                .findFirst()
                .orElseThrow()
                .key();
        building = layout.entries().stream()
                .filter(e -> e.kind().equals("MILESTONE"))
                .findFirst()
                .orElseThrow()
                .key();
        assertThat(((DraftMilestone) layout.entry(building).item()).plannedCost())
                .isEqualByComparingTo("400");
    }

    private String budgetLine(String amount) {
        return layout.entries().stream()
                .filter(e -> e.kind().equals("BUDGET_LINE")
                        && ((DraftBudgetLine) e.item()).amount().compareTo(new BigDecimal(amount)) == 0)
                .findFirst()
                .orElseThrow()
                .key();
    }

    private String upload() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/plans/document-import")
                        .param("text", DOCUMENT)
                        .with(user(planner))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** The confirmation with every section open and every item ticked, and these fields. */
    private MockHttpServletRequestBuilder confirmation(String review, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(review).with(user(planner)).with(csrf());
        for (int s = 0; s < layout.sectionCount(); s++) {
            request.param("section", String.valueOf(s));
        }
        layout.entries().forEach(e -> request.param("item", e.key()));
        fields.forEach(request::param);
        return request;
    }

    private long plansOfPlanner() {
        return jdbc.queryForObject(
                "select count(*) from plan where owner_organization_id = ?", Long.class, planner.organizationId());
    }

    @Test
    void eachAmountIsAFieldAndTheAmountsTypedReachTheConfirmedPlan() throws Exception {
        String review = upload();
        String page = mvc.perform(get(review).with(user(planner)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("name=\"amount." + equipment + "\" value=\"800\"")
                .contains("name=\"amount." + total + "\" value=\"20000\"")
                .contains("name=\"amount." + building + "\" value=\"400\"")
                .contains("金额（万元）")
                .contains("计划投入（万元）");

        MockHttpServletResponse confirmed = mvc.perform(confirmation(
                        review,
                        Map.of(
                                "amount." + equipment, "850.5",
                                "amount." + training, "200.00",
                                "amount." + total, "25,000",
                                "amount." + building, "450")))
                .andReturn()
                .getResponse();

        assertThat(confirmed.getStatus()).isEqualTo(302);
        long planId = Long.parseLong(confirmed.getRedirectedUrl().substring("/plans/".length()));
        assertThat(jdbc.queryForList(
                        "select amount from budget_line where plan_id = ? order by position", BigDecimal.class, planId))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("850.5"), new BigDecimal("200"));
        assertThat(jdbc.queryForList(
                        "select amount from budget_stated_total where plan_id = ?", BigDecimal.class, planId))
                .usingElementComparator(BigDecimal::compareTo)
                .contains(new BigDecimal("25000"))
                .doesNotContain(new BigDecimal("20000"));
        assertThat(jdbc.queryForObject(
                        "select planned_cost from milestone where plan_id = ?", BigDecimal.class, planId))
                .isEqualByComparingTo("450");
    }

    @Test
    void anAmountThatIsNoneIsRefusedWithTheReasonInTheUsersLanguageAndEverythingTypedKept() throws Exception {
        String review = upload();
        long before = plansOfPlanner();
        Map<String, String> typed = Map.of(
                "amount." + equipment, "八百",
                "amount." + training, "-5",
                "amount." + total, "1.234",
                "name." + building, "门诊综合楼建成投用",
                "amount." + building, "");

        MockHttpServletResponse refused =
                mvc.perform(confirmation(review, typed)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("金额请填写数字（单位万元）")
                .contains("金额不能为负数。")
                .contains("金额最多 12 位整数、2 位小数。")
                .contains("value=\"八百\"")
                .contains("value=\"-5\"")
                .contains("value=\"1.234\"")
                .contains("value=\"门诊综合楼建成投用\"")
                .contains("id=\"review-errors\"");
        assertThat(plansOfPlanner()).as("nothing saved").isEqualTo(before);

        MockHttpServletResponse english = mvc.perform(confirmation(review, Map.of("amount." + equipment, "abc"))
                        .cookie(new Cookie("lang", "en")))
                .andReturn()
                .getResponse();
        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString(StandardCharsets.UTF_8))
                .contains("Enter the amount as a number in 万元")
                .contains("value=\"abc\"");

        // a budget line needs an amount; accepting its section with none is refused too
        int section = layout.entry(equipment).section();
        MockHttpServletRequestBuilder decision = post(review + "/sections/" + section)
                .param("decision", "ACCEPTED")
                .param("item", layout.keysOf(section).toArray(String[]::new))
                .param("amount." + equipment, " ")
                .with(user(planner))
                .with(csrf());
        MockHttpServletResponse blank = mvc.perform(decision).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString(StandardCharsets.UTF_8)).contains("请填写金额（万元）。");
        assertThat(mvc.perform(get(review).with(user(planner)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .as("nothing decided")
                .contains("已确认 0/");

        MockHttpServletResponse corrected = mvc.perform(confirmation(review, Map.of("amount." + equipment, "900")))
                .andReturn()
                .getResponse();
        assertThat(corrected.getStatus()).isEqualTo(302);
        assertThat(plansOfPlanner()).isEqualTo(before + 1);
        long planId = Long.parseLong(corrected.getRedirectedUrl().substring("/plans/".length()));
        assertThat(jdbc.queryForList(
                        "select amount from budget_line where plan_id = ? order by position", BigDecimal.class, planId))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("900"), new BigDecimal("200"));
    }
}
