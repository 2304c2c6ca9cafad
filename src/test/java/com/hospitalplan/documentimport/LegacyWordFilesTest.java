package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Real legacy Word files, made by LibreOffice from our own seeds (see {@code documentimport/legacyword/README.md}):
 * read through POI's HWPF to the same text as the .docx they were converted from, so the extractor finds the same
 * goals, targets and responsible units as in the seed's text.
 */
class LegacyWordFilesTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();
    private final DocumentTexts texts = new DocumentTexts();

    @Test
    void aSeedSavedAsDocGivesItsTextAndTheSameGoalsAndTargets() {
        String seed = SeedFigures.seedText("003-xunwu");
        byte[] doc = resource("003-xunwu.doc");
        assertThat(doc).startsWith(0xD0, 0xCF, 0x11, 0xE0);

        String read = texts.read(doc);

        // a Word file ends its last paragraph with a line break, as the .docx does
        assertThat(read).isEqualTo(seed + "\n").isEqualTo(texts.read(SeedDocuments.docx(seed)));
        PlanDraft fromText = extractor.extract(seed);
        PlanDraft fromDoc = extractor.extract(read);
        assertThat(fromDoc.allGoals()).hasSize(32).isEqualTo(fromText.allGoals());
        assertThat(fromDoc.indicators()).isNotEmpty().isEqualTo(fromText.indicators());
        assertThat(fromDoc.indicators())
                .extracting(DraftIndicator::targetText)
                .contains("三级甲等综合医院", "逐年增长15%以上", "1人以上");
        assertThat(fromDoc.milestones()).isEqualTo(fromText.milestones());
        assertThat(SeedFigures.measure("003-xunwu", fromDoc)).isEqualTo(SeedFigures.measure("003-xunwu", fromText));
    }

    @Test
    void aWordTableInADocIsReadAsTabSeparatedRowsWithItsEmptyCells() {
        String[] seed = SeedFigures.seedText("001-baotou").split("\n", -1);
        // the heading of the seed's indicator table and the table (lines 311-334)
        String excerpt = String.join("\n", Arrays.copyOfRange(seed, 310, 334));
        assertThat(excerpt).startsWith("## 包头医学院").endsWith("后勤管理 等部门");

        String read = texts.read(resource("001-baotou-table.doc"));

        // a Word file cannot end with a table: the empty paragraph after it is an empty line
        assertThat(read).isEqualTo(excerpt + "\n\n");
        assertThat(read.lines().toList())
                .contains(
                        "序号\t规划指标\t单位\t“十三五” 末现状\t“十四五” 规划目标\t负责 科室",
                        "<b>一、学科建设</b>\t\t\t\t\t",
                        "1\t国家级重点专科\t个\t1\t2~3\t科研 管理科");
        List<DraftIndicator> fromDoc = extractor.extract(read).indicators();
        assertThat(fromDoc).hasSize(16).isEqualTo(extractor.extract(excerpt).indicators());
        assertThat(fromDoc.get(0).units()).extracting(DraftUnit::name).containsExactly("科研 管理科");
    }

    @Test
    void wordsAutomaticNumberingOfADocIsShownAsWordShowsItAndGivesTheGoalTree() {
        String read = texts.read(resource("numbered-plan.doc"));

        assertThat(read.lines().toList())
                .containsSubsequence(
                        "某县人民医院能力提升工作方案（2021—2025年）",
                        "一、总体目标",
                        "到2025年，医院床位数达到500张以上。",
                        "二、主要任务",
                        "1.提升医疗质量",
                        "2.加强人才建设");
        PlanDraft draft = extractor.extract(read);
        assertThat(draft.goals()).extracting(DraftGoal::number).containsExactly("一、", "二、");
        assertThat(draft.goals().get(1).children())
                .extracting(DraftGoal::number, DraftGoal::title)
                .containsExactly(Tuple.tuple("1.", "提升医疗质量"), Tuple.tuple("2.", "加强人才建设"));
        assertThat(draft.indicators()).extracting(DraftIndicator::targetText).contains("500张以上", "30%以上");
    }

    private static byte[] resource(String name) {
        try (InputStream in = LegacyWordFilesTest.class.getResourceAsStream("/documentimport/legacyword/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
