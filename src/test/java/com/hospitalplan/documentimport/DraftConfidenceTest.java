package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hospitalplan.documentimport.DraftConfidence.Level;
import com.hospitalplan.documentimport.DraftConfidence.Reason;
import com.hospitalplan.targets.TargetParser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The confidence of each extracted item follows from how it was found. */
class DraftConfidenceTest {

    private static final Span SPAN = new Span(0, 1);
    private final TargetParser parser = new TargetParser();

    private DraftIndicator indicator(String source, String targetText) {
        var result = parser.parse(targetText);
        return new DraftIndicator(
                "床位数",
                null,
                null,
                targetText,
                null,
                null,
                result.understood() ? result.target() : null,
                source,
                null,
                SPAN,
                SPAN,
                List.of());
    }

    @Test
    void aTableRowWithAReadTargetIsHighARunningTextTargetMediumAnUnreadTargetLow() {
        assertThat(DraftConfidence.of(indicator("TABLE", "≥35%"), true, true)).isEqualTo(Reason.TABLE_ROW);
        assertThat(Reason.TABLE_ROW.level()).isEqualTo(Level.HIGH);
        assertThat(DraftConfidence.of(indicator("TEXT", "35%以上"), true, false)).isEqualTo(Reason.SENTENCE_TARGET);
        assertThat(Reason.SENTENCE_TARGET.level()).isEqualTo(Level.MEDIUM);
        assertThat(DraftConfidence.of(indicator("TABLE", "见附件说明"), true, true)).isEqualTo(Reason.TARGET_UNREAD);
        assertThat(Reason.TARGET_UNREAD.level()).isEqualTo(Level.LOW);
    }

    @Test
    void whatStandsBeforeTheFirstHeadingIsLowWhateverItIs() {
        assertThat(DraftConfidence.of(indicator("TABLE", "≥35%"), false, true)).isEqualTo(Reason.UNPLACED);
        assertThat(Reason.UNPLACED.level()).isEqualTo(Level.LOW);
    }

    @Test
    void aNumberedHeadingIsHighAParagraphItemMedium() {
        assertThat(DraftConfidence.of(new DraftGoal("（一）", "人才建设", null, SPAN, List.of(), List.of()), true, false))
                .isEqualTo(Reason.NUMBERED_HEADING);
        assertThat(DraftConfidence.of(new DraftGoal("一是", "加强学科建设", null, SPAN, List.of(), List.of()), true, false))
                .isEqualTo(Reason.PARAGRAPH_ITEM);
        assertThat(DraftConfidence.of(new DraftGoal("——", "加强学科建设", null, SPAN, List.of(), List.of()), true, false))
                .isEqualTo(Reason.PARAGRAPH_ITEM);
    }

    @Test
    void moneyFromATableRowIsHighFromASentenceMediumAndAMilestoneMedium() {
        DraftBudgetLine line = new DraftBudgetLine("设备购置", new BigDecimal("300"), "300万元", 2019, false, false, SPAN);
        assertThat(DraftConfidence.of(line, true, true)).isEqualTo(Reason.MONEY_TABLE);
        assertThat(DraftConfidence.of(line, true, false)).isEqualTo(Reason.MONEY_SENTENCE);
        assertThat(DraftConfidence.of(new DraftMilestone(2022, 6, "住院综合大楼建成投用", null, SPAN), true, false))
                .isEqualTo(Reason.DATED_SENTENCE);
        assertThat(Reason.DATED_SENTENCE.level()).isEqualTo(Level.MEDIUM);
    }

    @Test
    void aPositionIsInATableRowWhenItsLineHasTabs() {
        String text = "一、目标\n指标\t单位\t目标\n床位\t张\t800\n到2025年床位800张。";
        assertThat(DraftConfidence.inTableRow(text, text.indexOf("800"))).isTrue();
        assertThat(DraftConfidence.inTableRow(text, text.indexOf("一、"))).isFalse();
        assertThat(DraftConfidence.inTableRow(text, text.lastIndexOf("800"))).isFalse();
    }
}
