package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An uploaded file's name as the previews keep and show it. */
class UploadedFileNameTest {

    @Test
    void theNameLosesThePathABrowserSentAndControlCharacters() {
        assertThat(FileNames.uploaded("C:\\Users\\张三\\桌面\\2025年报.xlsx")).isEqualTo("2025年报.xlsx");
        assertThat(FileNames.uploaded("/home/li/plans/规划.docx")).isEqualTo("规划.docx");
        assertThat(FileNames.uploaded("规\u0000划.docx")).isEqualTo("规划.docx");
    }

    @Test
    void noNameIsEmptyAndALongOneIsCutAt200Characters() {
        assertThat(FileNames.uploaded(null)).isEmpty();
        assertThat(FileNames.uploaded("  ")).isEmpty();
        assertThat(FileNames.uploaded("长".repeat(250) + ".xlsx")).hasSize(200);
    }
}
