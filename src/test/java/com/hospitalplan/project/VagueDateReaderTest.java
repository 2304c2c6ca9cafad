package com.hospitalplan.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VagueDateReaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2025年, 2025-12-31",
        "2025, 2025-12-31",
        "2025年底, 2025-12-31",
        "2025年底前, 2025-12-31",
        "2025年年底前完成, 2025-12-31",
        "2025年内, 2025-12-31",
        "到2025年, 2025-12-31",
        "2025年前, 2025-12-31",
        "2025年上半年, 2025-06-30",
        "2025年年中, 2025-06-30",
        "2025年下半年, 2025-12-31",
        "2025年初, 2025-03-31",
        "2025年第一季度, 2025-03-31",
        "2025年二季度, 2025-06-30",
        "2025年第三季度末, 2025-09-30",
        "2025Q4, 2025-12-31",
        "2022年6月底前, 2022-06-30",
        "2022年6月, 2022-06-30",
        "2024年2月底, 2024-02-29",
        "2023年2月底, 2023-02-28",
        "2022年六月底前, 2022-06-30",
        "2022年十二月, 2022-12-31",
        "2022年十一月, 2022-11-30",
        "2025年9月上旬, 2025-09-10",
        "2025年9月中旬, 2025-09-20",
        "2025年9月下旬, 2025-09-30",
        "2025年6月30日, 2025-06-30",
        "2025年6月3日前, 2025-06-03",
        "2025-06-30, 2025-06-30",
        "2025.6.30, 2025-06-30",
        "2025/6/30, 2025-06-30",
        "2025-06, 2025-06-30",
        "2025.6, 2025-06-30",
        "２０２５年６月, 2025-06-30",
        "“十四五”期间, 2025-12-31",
        "十四五期末, 2025-12-31",
        "十五五, 2030-12-31",
        "（2026年底前）, 2026-12-31"
    })
    void readsTheLatestDayTheWordsAllow(String text, LocalDate latest) {
        assertThat(VagueDateReader.read(text, null)).hasValueSatisfying(date -> {
            assertThat(date.latest()).isEqualTo(latest);
            assertThat(date.text()).isEqualTo(text.strip());
        });
    }

    @ParameterizedTest(name = "{0} in a 2022 section")
    @CsvSource({"6月底前, 2022-06-30", "年底前, 2022-12-31", "下半年, 2022-12-31", "三季度, 2022-09-30", "年内, 2022-12-31"})
    void takesTheYearFromTheContextWhereTheTextHasNone(String text, LocalDate latest) {
        assertThat(VagueDateReader.read(text, 2022)).map(VagueDate::latest).contains(latest);
    }

    @ParameterizedTest(name = "not read: {0}")
    @ValueSource(strings = {"", " ", "尽快", "5年内", "三年内", "6个月内", "待定", "2025年13月", "2025年2月30日", "二期"})
    void leavesWhatItCannotReadUnread(String text) {
        assertThat(VagueDateReader.read(text, 2022)).isEmpty();
    }

    @ParameterizedTest(name = "no year: {0}")
    @ValueSource(strings = {"6月底前", "年底前", "上半年"})
    void needsAYearWhenNoneIsWrittenOrKnown(String text) {
        assertThat(VagueDateReader.read(text, null)).isEmpty();
    }
}
