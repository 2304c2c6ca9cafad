package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClausesTest {

    @Test
    void aTrailingBracketIsFoundAtItsOpeningAcrossNestedBrackets() {
        assertThat(Clauses.trailingBracket("85%左右(遂溪县达到80%左右)")).isEqualTo(5);
        assertThat(Clauses.trailingBracket("5个(西医3个(含1个)、中医2个)")).isEqualTo(2);
        assertThat(Clauses.trailingBracket("(遂溪县)达到85%")).isEqualTo(-1);
        assertThat(Clauses.trailingBracket("达到85%)")).isEqualTo(-1);
    }

    @Test
    void bracketedRemarksAreTakenOutAndAnUnclosedOneRunsToTheEnd() {
        assertThat(Clauses.withoutBrackets("达到(力争)85%")).isEqualTo("达到85%");
        assertThat(Clauses.withoutBrackets("达到85%(含(某)县")).isEqualTo("达到85%");
    }

    @Test
    void segmentsSplitAtCommasAndSemicolonsButNotAtAThousandsSeparator() {
        assertThat(Clauses.split("三级医院5级,二级医院3级;其他2级")).containsExactly("三级医院5级", "二级医院3级", "其他2级");
        assertThat(Clauses.split("达到9,000人")).containsExactly("达到9,000人");
        assertThat(Clauses.split("达到9,0000人")).containsExactly("达到9", "0000人");
        assertThat(Clauses.splitOn("西医3个、中医2个", '、', ',')).containsExactly("西医3个", "中医2个");
    }
}
