package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void theLongestUnitWinsAndPeopleIsNotPopulation() {
        assertThat(Units.unitAt("50万人次以上", 2)).isEqualTo("万人次");
        assertThat(Units.unitAt("50人次", 2)).isEqualTo("人次");
        assertThat(Units.unitAt("50人", 2)).isEqualTo("人");
        assertThat(Units.unitAt("50人口", 2)).isNull();
        assertThat(Units.unitAt("50", 2)).isNull();
    }

    @Test
    void aPerUnitIsReadAfterSlashOrEach() {
        assertThat(Units.perUnitAt("张/千人口", 1)).isEqualTo("/千人口");
        assertThat(Units.perUnitAt("人每万人", 1)).isEqualTo("/万人");
        assertThat(Units.perUnitAt("人以上", 1)).isNull();
    }

    @Test
    void unitsWrittenInSeveralWaysAreCompared() {
        assertThat(Units.canonicalUnit("个百分点")).isEqualTo("百分点");
        assertThat(Units.canonicalUnit("m2")).isEqualTo("㎡");
        assertThat(Units.canonicalUnit("平方米")).isEqualTo("㎡");
        assertThat(Units.canonicalUnit("人·次")).isEqualTo("人次");
        assertThat(Units.canonicalUnit("人")).isEqualTo("人");
        assertThat(Units.canonicalUnit(null)).isNull();
    }
}
