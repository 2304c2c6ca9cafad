package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A planning officer exports a plan to Excel, imports an edited copy with one bad indicator row, reads the row's
 * problem, uploads the corrected file and confirms: the new plan is there.
 */
@ServerTest
class PlanWorkbookBrowserTest extends BrowserTestSupport {

    @Autowired
    ScratchPlans scratchPlans;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TITLE = "测试医院专科能力提升方案（Excel导入）";
    // the one indicator of a scratch plan
    private static final String INDICATOR = "出院患者手术占比";

    @Test
    void aPlannerFixesTheBadRowOfAWorkbookAndImportsIt() throws Exception {
        ScratchPlans.Ids plan = scratchPlans.publishedPlan();
        signIn(plan.plannerUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/plans/" + plan.planId()));
        Download download =
                page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导出Excel"))
                        .click());
        byte[] exported = Files.readAllBytes(download.path());
        byte[] fixed = edited(exported, book -> cell(book, "基本信息", "规划名称").setCellValue(TITLE));
        int indicatorRow = indicatorRow(fixed);
        byte[] bad = edited(
                fixed,
                book -> book.getSheet("指标").getRow(indicatorRow).getCell(4).setBlank());

        // the bad file: its one problem is shown with sheet, row and column, and there is nothing to confirm
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("规划").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("从Excel导入"))
                .click();
        page.getByLabel("规划工作簿").setInputFiles(new FilePayload("测试方案.xlsx", XLSX, bad));
        page.waitForLoadState(LoadState.LOAD);
        Request upload = page.waitForRequest(
                request -> request.method().equals("POST") && request.url().endsWith("/plans/import"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查"))
                        .click());
        // sent by htmx (which shows the upload's progress), not as a plain form post
        org.assertj.core.api.Assertions.assertThat(upload.headers()).containsEntry("hx-request", "true");
        assertThat(page).hasURL(Pattern.compile("/plans/import/[\\w-]+$"));
        assertThat(page.locator("#import-not-possible")).containsText("发现 1 处错误");
        Locator problem = page.locator("#problems tr.problem-error");
        assertThat(problem).hasCount(1);
        assertThat(problem.locator("td").nth(1)).hasText("指标");
        assertThat(problem.locator("td").nth(2)).hasText(String.valueOf(indicatorRow + 1));
        assertThat(problem.locator("td").nth(3)).hasText("E");
        assertThat(problem.locator("td").nth(4)).hasText("“指标名称”必须填写。");
        assertThat(page.locator("#confirm-import")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/PlanWorkbookBrowserTest-problems.png")));

        // the corrected file, uploaded from the same page, passes; confirming creates the plan
        page.getByLabel("规划工作簿").setInputFiles(new FilePayload("测试方案-已修改.xlsx", XLSX, fixed));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并检查"))
                .click();
        assertThat(page.locator("#import-ready")).containsText("检查通过");
        assertThat(page.locator("#preview-title")).hasText(TITLE);
        assertThat(page.locator("#preview-counts")).containsText("指标 1 项");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/PlanWorkbookBrowserTest-preview.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认导入"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/plans/\\d+$"));
        assertThat(page.locator("#plan-title")).hasText(TITLE);
        assertThat(page.locator("main")).containsText("已按工作簿导入规划。");
        assertThat(page.locator("#indicator-table")).containsText(INDICATOR);
    }

    private static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The 0-based row of the 指标 sheet whose name (column E) is {@link #INDICATOR}. */
    private static int indicatorRow(byte[] workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheet("指标")) {
                Cell name = row.getCell(4);
                if (name != null && INDICATOR.equals(name.toString())) {
                    return row.getRowNum();
                }
            }
        }
        throw new IllegalArgumentException("No row names " + INDICATOR);
    }

    /** The 基本信息 value of an item. */
    private static Cell cell(XSSFWorkbook book, String sheetName, String item) {
        Sheet sheet = book.getSheet(sheetName);
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().endsWith(item)) {
                return row.getCell(1);
            }
        }
        throw new IllegalArgumentException(item);
    }
}
