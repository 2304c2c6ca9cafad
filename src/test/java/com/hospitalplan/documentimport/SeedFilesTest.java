package com.hospitalplan.documentimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seeds as .docx (the indicator tables as real Word tables) and as PDF (text layer, wrapped paragraphs, table
 * columns) read to the same figures as their text.
 */
class SeedFilesTest {

    private final PlanDraftExtractor extractor = new PlanDraftExtractor();
    private final DocumentTexts texts = new DocumentTexts();

    @Test
    void aSeedAsWordOrPdfGivesTheSameFiguresAsItsText() {
        List<SeedFigures> fromText = new ArrayList<>();
        List<SeedFigures> fromDocx = new ArrayList<>();
        List<SeedFigures> fromPdf = new ArrayList<>();
        for (String key : SeedFigures.KEYS) {
            String text = SeedFigures.seedText(key);
            fromText.add(SeedFigures.measure(key, extractor.extract(text)));
            fromDocx.add(SeedFigures.measure(key, extractor.extract(texts.read(SeedDocuments.docx(text)))));
            fromPdf.add(SeedFigures.measure(key, extractor.extract(texts.read(SeedDocuments.pdf(text)))));
        }
        System.out.println("docx\n" + SeedExtractionTest.table(fromDocx));
        System.out.println("pdf\n" + SeedExtractionTest.table(fromPdf));
        assertThat(fromDocx).isEqualTo(fromText);
        assertThat(fromPdf).isEqualTo(fromText);
    }
}
