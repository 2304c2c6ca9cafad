package com.hospitalplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How texts are stored and exported: cut to their columns, control characters and formulas defused. */
class AuditTextTest {

    @Test
    void controlCharactersBecomeSpacesAndLongTextsAreCut() {
        assertThat(AuditText.clip("a\u0000b\nc", 10)).isEqualTo("a b c");
        assertThat(AuditText.clip("abcdef", 4)).isEqualTo("abcd");
        assertThat(AuditText.clip(null, 4)).isNull();
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        assertThat(AuditText.clip("ab\uD842\uDFB7", 3)).isEqualTo("ab");
    }

    @Test
    void csvCellsAreQuotedAndFormulasWrittenAsText() {
        assertThat(AuditCsv.cell("张三")).isEqualTo("\"张三\"");
        assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditCsv.cell("=1+2")).isEqualTo("\"'=1+2\"");
        assertThat(AuditCsv.cell("+86")).isEqualTo("\"'+86\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
