package com.hospitalplan.planworkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hospitalplan.shared.WorkbookFiles;
import com.hospitalplan.shared.WorkbookLimits;
import com.hospitalplan.shared.WorkbookRefusedException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files the reader refuses before it reads a single cell, each with its own reason. Plain Java. */
class WorkbookFilesTest {

    private final WorkbookLimits limits = new WorkbookLimits(1024 * 1024, 5 * 1024 * 1024, 50);

    private Consumer<Throwable> refusedWith(String key) {
        return e -> assertThat(((WorkbookRefusedException) e).messageKey()).isEqualTo(key);
    }

    private Object open(byte[] bytes) {
        return new PlanWorkbookReader(limits).read(bytes, SamplePlans.rules());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> open(new byte[0])).satisfies(refusedWith("workbook.error.empty"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        assertThatThrownBy(() -> open(BadFiles.randomBytes(1024 * 1024 + 1)))
                .isInstanceOf(WorkbookRefusedException.class)
                .satisfies(refusedWith("workbook.error.tooLarge"))
                .satisfies(e ->
                        assertThat(((WorkbookRefusedException) e).arguments()).containsExactly("1"));
    }

    @Test
    void bytesThatAreNoSpreadsheetAreRefused() {
        assertThatThrownBy(() -> open(BadFiles.randomBytes(2000))).satisfies(refusedWith("workbook.error.notXlsx"));
        assertThatThrownBy(() -> open("名称,目标\n出院人次,35".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .satisfies(refusedWith("workbook.error.notXlsx"));
    }

    @Test
    void aBrokenOrForeignZipIsRefusedAsDamaged() {
        assertThatThrownBy(() -> open(BadFiles.truncatedZip())).satisfies(refusedWith("workbook.error.damaged"));
        assertThatThrownBy(() -> open(BadFiles.zipOfText())).satisfies(refusedWith("workbook.error.damaged"));
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAdviceToSaveAsXlsx() {
        assertThatThrownBy(() -> open(BadFiles.xls())).satisfies(refusedWith("workbook.error.xls"));
    }

    @Test
    void anEncryptedWorkbookIsRefused() {
        assertThatThrownBy(() -> open(BadFiles.encrypted())).satisfies(refusedWith("workbook.error.encrypted"));
    }

    @Test
    void aZipBombIsRefusedAfterABoundedAmountOfUnpacking() {
        byte[] bomb = BadFiles.zipBomb(20);
        assertThat(bomb.length).isLessThan(100 * 1024);

        assertThatThrownBy(() -> open(bomb)).satisfies(refusedWith("workbook.error.zipBomb"));
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefused() {
        byte[] big = SamplePlans.changed(SamplePlans.workbook(), book -> {
            Sheet indicators = book.getSheet("指标");
            for (int r = 1; r <= 60; r++) {
                indicators.createRow(r).createCell(4).setCellValue("指标" + r);
            }
        });

        assertThatThrownBy(() -> open(big))
                .satisfies(refusedWith("workbook.error.tooManyRows"))
                .satisfies(e ->
                        assertThat(((WorkbookRefusedException) e).arguments()).containsExactly("指标", "60", "50"));
    }

    @Test
    void aGoodWorkbookOpensWithItsSheets() throws Exception {
        try (XSSFWorkbook book = WorkbookFiles.open(SamplePlans.workbook(), limits)) {
            assertThat(book.getSheet("指标")).isNotNull();
        }
    }
}
