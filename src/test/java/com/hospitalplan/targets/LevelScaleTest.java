package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Level scales and the catalogue of registered scales, without Spring. */
class LevelScaleTest {

    private static final LevelScale INTEROPERABILITY_WITH_PLAIN_FOUR = new LevelScale(
            "INTEROPERABILITY", "互联互通标准化成熟度", List.of("一级", "二级", "三级", "四级", "四级乙等", "四级甲等", "五级乙等", "五级甲等"));

    @Test
    void ranksLevelsLowestFirstWhicheverWayTheyAreWritten() {
        assertThat(NationalScales.EMR.rank("七级")).isEqualTo(7);
        assertThat(NationalScales.EMR.rank("7级")).isEqualTo(7);
        assertThat(NationalScales.EMR.rank("七")).isEqualTo(7);
        assertThat(NationalScales.HOSPITAL_GRADE.rank("三甲")).isEqualTo(8);
        assertThat(NationalScales.PERFORMANCE_GRADE.rank("A级")).isEqualTo(5);
        assertThat(NationalScales.INTEROPERABILITY.rank("三级")).isEqualTo(2);
        assertThat(NationalScales.SECURITY_PROTECTION.rank("3级")).isEqualTo(2);
        assertThat(NationalScales.HOSPITAL_GRADE.rank("二级")).isEqualTo(3);
        assertThat(NationalScales.SERVICE_CAPABILITY_STANDARD.rank("推荐标准")).isEqualTo(1);
        assertThat(NationalScales.INTEROPERABILITY.rank("四级")).isEqualTo(-1);
        assertThat(NationalScales.EMR.rank(null)).isEqualTo(-1);
    }

    @Test
    void aPlainFourSitsBelowBothGradesOfFour() {
        assertThat(INTEROPERABILITY_WITH_PLAIN_FOUR.rank("四级")).isEqualTo(3);
        assertThat(INTEROPERABILITY_WITH_PLAIN_FOUR.rank("四级甲等"))
                .isGreaterThan(INTEROPERABILITY_WITH_PLAIN_FOUR.rank("四级"));
        assertThat(INTEROPERABILITY_WITH_PLAIN_FOUR.rank("四乙")).isEqualTo(4);
    }

    @Test
    void normalizesTheShortAndNumeralSpellings() {
        assertThat(LevelScale.normalize("七级")).isEqualTo("7级");
        assertThat(LevelScale.normalize("三甲")).isEqualTo("三级甲等");
        assertThat(LevelScale.normalize("A级")).isEqualTo("A");
        assertThat(LevelScale.normalize("B++等")).isEqualTo("B++");
        assertThat(LevelScale.normalize(" 推荐标准 ")).isEqualTo("推荐标准");
    }

    @Test
    void removingAGradeInUseIsFoundHoweverTheUseIsWritten() {
        List<String> withoutFourA = List.of("一级", "二级", "三级", "四级乙等", "五级乙等", "五级甲等");

        assertThat(NationalScales.INTEROPERABILITY.removedGradesInUse(withoutFourA, List.of("四甲", "三级", "优秀")))
                .containsExactly("四级甲等");
        assertThat(NationalScales.INTEROPERABILITY.removedGradesInUse(withoutFourA, List.of("五级甲等", "二级")))
                .isEmpty();
        // a hospital tier without a grade stands on the tier's lowest grade
        assertThat(NationalScales.HOSPITAL_GRADE.removedGradesInUse(List.of("三级乙等", "三级甲等"), List.of("三级", "三甲")))
                .containsExactly("三级丙等");
    }

    @Test
    void theCatalogueKeepsItsOrderAndFindsScalesByKey() {
        LevelScaleCatalog catalog = NationalScales.CATALOG;

        assertThat(catalog.all()).first().isEqualTo(NationalScales.EMR);
        assertThat(catalog.all()).extracting(LevelScale::key).contains("SERVICE_CAPABILITY_STANDARD");
        assertThat(catalog.byKey("SMART_MANAGEMENT")).isEqualTo(NationalScales.SMART_MANAGEMENT);
        assertThat(catalog.byKey("NO_SUCH_SCALE")).isNull();
        assertThat(catalog.byKey(null)).isNull();
    }

    @Test
    void aLevelOnItsOwnIsGuessedAcrossEveryRegisteredScale() {
        LevelScaleCatalog catalog = NationalScales.CATALOG;

        assertThat(catalog.guess("推荐标准")).isEqualTo(NationalScales.SERVICE_CAPABILITY_STANDARD);
        assertThat(catalog.guess("三甲")).isEqualTo(NationalScales.HOSPITAL_GRADE);
        assertThat(catalog.guess("B++")).isEqualTo(NationalScales.PERFORMANCE_GRADE);
        assertThat(catalog.guess("四级甲等")).isEqualTo(NationalScales.INTEROPERABILITY);
        assertThat(catalog.guess("七级")).isEqualTo(NationalScales.EMR);
        // nothing has it: the first scale, which then says the level is not on it
        assertThat(catalog.guess("优秀")).isEqualTo(NationalScales.EMR);
        assertThat(LevelScaleCatalog.EMPTY.guess("四级甲等")).isNull();
    }

    @Test
    void anAddedScaleIsSearchedToo() {
        LevelScale primaryCare = new LevelScale("PRIMARY_CARE_SERVICE", "优质服务基层行", List.of("基本标准", "推荐标准", "社区医院"));
        LevelScaleCatalog catalog = LevelScaleCatalog.of(List.of(NationalScales.EMR, primaryCare));

        assertThat(catalog.guess("社区医院")).isEqualTo(primaryCare);
    }

    @Test
    void twoScalesCannotShareAKey() {
        assertThatThrownBy(() -> LevelScaleCatalog.of(List.of(NationalScales.EMR, NationalScales.EMR)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
