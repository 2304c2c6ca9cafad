package com.hospitalplan.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFitTest {

    private final TargetParser parser = new TargetParser();

    private List<String> warnings(String text, String valueKind, String unit) {
        return TargetFit.warnings(parser.parse(text, unit).target(), valueKind, unit).stream()
                .map(Explanation::key)
                .toList();
    }

    @Test
    void aYesNoTargetOnAPercentageIndicatorIsQuestioned() {
        assertThat(warnings("通过国家认证", "PERCENTAGE", "%")).containsExactly("target.fit.yesNoOnNumber");
        assertThat(warnings("通过国家认证", "YES_NO", null)).isEmpty();
    }

    @Test
    void aNumberOnAYesNoIndicatorAndALevelOnANumberAreQuestioned() {
        assertThat(warnings("≥35%", "YES_NO", null)).containsExactly("target.fit.numberOnYesNo");
        assertThat(warnings("电子病历应用水平5级", "NUMBER", "个")).containsExactly("target.fit.levelOnNumber");
    }

    @Test
    void aUnitOtherThanTheIndicatorsIsQuestionedButNotAMultiplierOrPoints() {
        assertThat(warnings("达到500张", "NUMBER", "人")).containsExactly("target.fit.unit");
        assertThat(warnings("达到90万人次", "NUMBER", "人次")).isEmpty();
        assertThat(warnings("提高5个百分点", "PERCENTAGE", "%")).isEmpty();
    }

    @Test
    void aSumOrAYearlyFigureOnARateIsQuestioned() {
        assertThat(warnings("累计120%", "PERCENTAGE", "%")).containsExactly("target.fit.perYearOnRate");
        assertThat(warnings("每年6人以上", "NUMBER", "人")).isEmpty();
    }

    @Test
    void aShareOfASetIsJudgedOnItsMembersCondition() {
        assertThat(warnings("90%的县级医院达到推荐标准", "YES_NO", null)).isEmpty();
        assertThat(warnings("各县均达到90%以上", "PERCENTAGE", "%")).isEmpty();
    }
}
