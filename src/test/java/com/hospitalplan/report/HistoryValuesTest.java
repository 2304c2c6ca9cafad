package com.hospitalplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HistoryValuesTest {

    private static final HistoryValues.Words CHINESE = new HistoryValues.Words("是", "否", "万元");

    private static ReportViews.HistoryRow row(String action, String oldValue, String newValue) {
        return new ReportViews.HistoryRow(Instant.EPOCH, "赵刚", action, "胸痛中心通过国家认证", oldValue, newValue, null);
    }

    @Test
    void yesAndNoReadAsChineseWords() {
        var shown = HistoryValues.readable(row("VALUE", "false", "true"), CHINESE);
        assertThat(shown.oldValue()).isEqualTo("否");
        assertThat(shown.newValue()).isEqualTo("是");
        assertThat(HistoryValues.readable(row("SUB_TARGET", null, "false"), CHINESE)
                        .newValue())
                .isEqualTo("否");
        assertThat(HistoryValues.readable(row("VALUE", "35", "36.5"), CHINESE).newValue())
                .isEqualTo("36.5");
    }

    @Test
    void anEvidenceFilesSizeReadsInKilobytesOrMegabytes() {
        assertThat(HistoryValues.readable(row("EVIDENCE_ADDED", null, "15000"), CHINESE)
                        .newValue())
                .isEqualTo("14.6 KB");
        assertThat(HistoryValues.fileSize(3_500_000)).isEqualTo("3.3 MB");
        assertThat(HistoryValues.fileSize(2048)).isEqualTo("2 KB");
        assertThat(HistoryValues.fileSize(512)).isEqualTo("512 B");
    }

    @Test
    void spendingCarriesItsUnit() {
        var shown = HistoryValues.readable(row("SPENDING", "", "88.5"), CHINESE);
        assertThat(shown.oldValue()).isEmpty();
        assertThat(shown.newValue()).isEqualTo("88.5 万元");
    }

    @Test
    void otherRowsAreLeftAsTheyAre() {
        var status = row("SUBMITTED", "DRAFT", "SUBMITTED");
        assertThat(HistoryValues.readable(status, CHINESE)).isEqualTo(status);
    }
}
