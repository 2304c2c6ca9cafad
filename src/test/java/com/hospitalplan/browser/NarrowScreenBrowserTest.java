package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.CountyPlans;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report form and the plan dashboard on a laptop (1366 px) and on a phone (390 px): screenshots of both are kept in
 * {@code target/screenshots} (CI keeps them as an artifact), and on the phone nothing is squeezed to a sliver.
 */
@ServerTest
class NarrowScreenBrowserTest extends BrowserTestSupport {

    static final int LAPTOP = 1366;
    static final int PHONE = 390;

    /** Narrower than this, an input takes a number or a sentence only with scrolling inside it. */
    static final int NARROWEST_INPUT = 120;

    /** Narrower than this, an indicator's name wraps after every second character. */
    static final int NARROWEST_NAME = 80;

    /** Narrower than this, a figure or a status wraps inside its cell. */
    static final int NARROWEST_CELL = 32;

    /** Every visible input, select and text area in the element {@code selector}, as "label width". */
    private static final String INPUT_WIDTHS = """
            selector => [...document.querySelectorAll(selector + ' :is(input, select, textarea)')]
                .filter(e => e.type !== 'hidden' && e.getClientRects().length > 0)
                .map(e => (e.getAttribute('aria-label') || e.id || e.name) + ' '
                    + Math.round(e.getBoundingClientRect().width))
            """;

    /** Every visible cell with text of the tables matched by {@code selector}, as "text width". */
    private static final String CELL_WIDTHS = """
            selector => [...document.querySelectorAll(selector)]
                .filter(e => e.getClientRects().length > 0 && e.innerText.trim() !== '')
                .map(e => e.innerText.trim().replace(/\\s+/g, ' ').slice(0, 30) + ' '
                    + Math.round(e.getBoundingClientRect().width))
            """;

    @Autowired
    ScratchPlans scratchPlans;

    @Autowired
    CountyPlans countyPlans;

    @Test
    void theReportFormIsACardPerIndicatorOnAPhone() {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        String form = url("/reports/" + draft.reportId());

        open(form, LAPTOP, "report-form");
        assertThat(page.locator("#value-table thead")).isVisible();
        assertThat(widths(INPUT_WIDTHS, "#report-form")).hasSizeGreaterThanOrEqualTo(8);

        open(form, PHONE, "report-form");
        assertThat(page.locator("#value-table thead")).isHidden();
        List<String> inputs = widths(INPUT_WIDTHS, "main");
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(8);
        assertThat(inputs)
                .allSatisfy(input -> assertThat(width(input)).as(input).isGreaterThanOrEqualTo(NARROWEST_INPUT));
        assertThat(widths(CELL_WIDTHS, "#value-table tbody td:first-child"))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(width(name)).as(name).isGreaterThanOrEqualTo(NARROWEST_NAME));
        // nothing sticks out sideways: the page itself does not scroll
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE);
    }

    @Test
    void thePlanDashboardsTablesScrollInsideTheirBoxOnAPhone() {
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), 3);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);
        String dashboard = url("/plans/" + plan.planId() + "/dashboard");

        open(dashboard, LAPTOP, "plan-dashboard");
        open(dashboard, PHONE, "plan-dashboard");
        assertThat(widths(CELL_WIDTHS, "table.scorecard tbody td:first-child, #goal-table tbody th"))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(name -> assertThat(width(name)).as(name).isGreaterThanOrEqualTo(NARROWEST_NAME));
        assertThat(widths(CELL_WIDTHS, "main table :is(td, th)"))
                .hasSizeGreaterThan(20)
                .allSatisfy(cell -> assertThat(width(cell)).as(cell).isGreaterThanOrEqualTo(NARROWEST_CELL));
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE);
        // the donut's labels are drawn whole: each slice's share (66.67% and 33.33%), not an ellipsis
        String donut =
                page.locator("div.chart:has(+ #status-counts) svg").first().textContent();
        assertThat(donut).contains("66.67%", "33.33%");
        assertThat(textOutside("div.chart:has(+ #status-counts)")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegionHeatMapOfManyIndicatorsLabelsItsColumnsWithShortNames() {
        List<String> names = List.of(
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
        CountyPlans.Plan plan = countyPlans.plan(countyPlans.county(2), names);
        Long period = countyPlans.openPeriod(plan);
        countyPlans.report(plan, period, plan.county().hospitalIds().get(0), "40", true);
        signIn(plan.county().reviewer().getUsername(), TestAccounts.PASSWORD);
        String region = url("/dashboards/regions/" + plan.county().area().countyCode() + "?plan=" + plan.planId());

        open(region, PHONE, "region-dashboard");
        open(region, LAPTOP, "region-dashboard");
        Locator heat = page.locator("#heat-chart");
        assertThat(heat.locator("svg").first()).isVisible();
        java.util.Map<String, Object> spec = (java.util.Map<String, Object>)
                page.evaluate("() => JSON.parse(document.querySelector('#heat-chart').dataset.chart)");
        List<String> columns = (List<String>) spec.get("columns");
        assertThat(columns).hasSize(names.size()).doesNotHaveDuplicates();
        assertThat(columns).noneMatch(label -> label.matches("\\d+"));
        assertThat((List<String>) spec.get("columnNames")).contains("3 廉江市人民医院医疗服务能力达到推荐标准");
        // the table beside the chart: the short names, the full name on hover
        Locator header = page.locator("#heat-table thead abbr").nth(2);
        assertThat(header).hasText(columns.get(2));
        assertThat(header).hasAttribute("title", "3 廉江市人民医院医疗服务能力达到推荐标准");
        // no label of the chart is cut at its edges
        assertThat(textOutside("#heat-chart")).isEmpty();
    }

    /** The texts of the charts matched by {@code selector} that stick out of their chart's box. */
    @SuppressWarnings("unchecked")
    private List<String> textOutside(String selector) {
        return (List<String>) page.evaluate("""
                selector => [...document.querySelectorAll(selector)].flatMap(chart => {
                    const box = chart.getBoundingClientRect();
                    return [...chart.querySelectorAll('svg text')]
                        .filter(t => { const r = t.getBoundingClientRect();
                            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1
                                || r.top < box.top - 1 || r.bottom > box.bottom + 1); })
                        .map(t => t.textContent);
                })
                """, selector);
    }

    /** Opens the page at the width, waits for its charts and keeps a screenshot of the whole page. */
    private void open(String address, int width, String name) {
        page.setViewportSize(width, 900);
        page.navigate(address);
        Locator charts = page.locator("div.chart[data-chart]");
        for (int i = 0; i < charts.count(); i++) {
            assertThat(charts.nth(i)).hasAttribute("data-chart-ready", "true");
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", getClass().getSimpleName() + "-" + name + "-" + width + ".png"))
                .setFullPage(true));
    }

    @SuppressWarnings("unchecked")
    private List<String> widths(String script, String selector) {
        return (List<String>) page.evaluate(script, selector);
    }

    private static int width(String measured) {
        return Integer.parseInt(measured.substring(measured.lastIndexOf(' ') + 1));
    }
}
