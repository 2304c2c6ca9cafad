package com.hospitalplan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.hospitalplan.support.BrowserTestSupport;
import com.hospitalplan.support.ScratchPlans;
import com.hospitalplan.support.ServerTest;
import com.hospitalplan.support.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reporter fills in a report in Excel: a bad cell is named, corrected, and the values reach the draft. */
@ServerTest
class ReportWorkbookBrowserTest extends BrowserTestSupport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ScratchPlans scratchPlans;

    @Test
    void aReporterFillsInTheReportInExcelAndWritesItToTheDraft() throws Exception {
        ScratchPlans.Reported draft = scratchPlans.draftReport(scratchPlans.publishedPlan());
        signIn(draft.reporterUsername(), TestAccounts.PASSWORD);
        page.navigate(url("/reports/" + draft.reportId()));

        Download download =
                page.waitForDownload(() -> page.locator("#workbook-download").click());
        Path downloaded = download.path();

        page.locator("#workbook-file").setInputFiles(new FilePayload("报告.xlsx", XLSX, withValue(downloaded, "四十")));
        page.locator("#workbook-upload button[type=submit]").click();
        assertThat(page.locator("#workbook-problems")).containsText("请填写数字。");
        assertThat(page.locator("#workbook-problems tbody tr").first()).containsText("指标");
        assertThat(page.locator("#workbook-confirm")).hasCount(0);

        page.locator("#workbook-file").setInputFiles(new FilePayload("报告.xlsx", XLSX, withValue(downloaded, "41")));
        page.locator("#workbook-upload button[type=submit]").click();
        assertThat(page.locator("#workbook-changes")).containsText("41");
        page.locator("#workbook-confirm button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/reports/" + draft.reportId() + "$"));
        assertThat(page.locator("input[name='values[" + draft.plan().indicatorId() + "]']"))
                .hasValue("41");
    }

    /** The downloaded workbook with the first indicator's value typed in as text. */
    private static byte[] withValue(Path workbook, String value) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("指标").getRow(1).getCell(8).setCellValue(value);
            book.write(out);
            return out.toByteArray();
        }
    }
}
