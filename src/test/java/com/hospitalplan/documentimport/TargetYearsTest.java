package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.targets.Target;
import com.hospitalplan.targets.TargetParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year a document states for a target goes into the wording the plan reads; a typed year into the reading. */
class TargetYearsTest {

    private final TargetParser parser = new TargetParser();

    private Target read(String text, String unit) {
        return parser.parse(text, unit).target();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // seed 004, 二、（二） and （三）
                "至少有一家县级医院达到二级甲等医院|",
                "90%左右|%",
                // seed 004, 二、（一）
                "90%的县级医院医疗服务能力达到基本标准|",
                // seed 000, 三、（二）: the 每年 the extractor adds in readAs
                "每年3-6 项|项",
                // seed 001: a table's target
                "新增1|个",
                "70%以上|%",
                "四级甲等|",
                "全覆盖|",
            })
    void aYearTheDocumentStatesGoesIntoTheWordingTheParserReads(String text, String unit) {
        TargetYears.Stated stated = TargetYears.stated(text, unit, read(text, unit), 2019, false);

        assertThat(stated.text()).isEqualTo("到2019年" + text);
        assertThat(stated.reading()).isNull();
        assertThat(read(stated.text(), unit).targetYear()).isEqualTo(2019);
    }

    @Test
    void aTypedYearGoesIntoTheReadingAndAWordingWithItsOwnYearKeepsIt() {
        Target read = read("70%以上", "%");
        TargetYears.Stated typed = TargetYears.stated("70%以上", "%", read, 2024, true);
        assertThat(typed.text()).isEqualTo("70%以上");
        assertThat(typed.reading().targetYear()).isEqualTo(2024);

        Target own = read("2023年达到70%以上", "%");
        assertThat(own.targetYear()).isEqualTo(2023);
        assertThat(TargetYears.stated("2023年达到70%以上", "%", own, 2025, false))
                .isEqualTo(new TargetYears.Stated("2023年达到70%以上", null));
        assertThat(TargetYears.stated("逐年提高", null, read("逐年提高", null), null, false))
                .isEqualTo(new TargetYears.Stated("逐年提高", null));
    }
}
