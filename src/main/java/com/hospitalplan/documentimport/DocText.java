package com.hospitalplan.documentimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of a legacy Word file (.doc, POI's HWPF) as {@link DocxText} gives a .docx's: a paragraph per line, and a
 * table row per line with its cells separated by tabs (empty cells kept, a cell's paragraphs joined by a blank). In
 * the file every cell is a paragraph of its own ending in the cell mark (0x07) and a row ends with a paragraph holding
 * only that mark, so the cells are gathered until the row's end. A paragraph of an automatically numbered list starts
 * with the number Word shows ({@link DocNumbering}). Field codes are left out, their shown text kept. An
 * encrypted file, or an Office file that holds no Word document, is refused.
 */
final class DocText {

    private static final char CELL_END = '\u0007';

    private DocText() {}

    static String read(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new DocumentRefusedException("document.refused.encrypted");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new DocumentRefusedException("document.refused.notDocument");
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
                return text(doc.getRange());
            }
        } catch (EncryptedDocumentException e) {
            throw new DocumentRefusedException("document.refused.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRefusedException refused) {
                throw refused;
            }
            throw new DocumentRefusedException("document.refused.unreadable");
        }
    }

    private static String text(Range range) {
        StringBuilder out = new StringBuilder();
        StringBuilder row = null;
        boolean inCell = false;
        DocNumbering numbering = new DocNumbering();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            String text = Range.stripFields(paragraph.text())
                    .replace("\r", "")
                    .replace("\n", "")
                    .replace('\u000b', ' ');
            if (!paragraph.isInTable()) {
                endRow(out, row);
                row = null;
                out.append(numbering.next(paragraph)).append(text).append('\n');
            } else if (paragraph.isTableRowEnd()) {
                endRow(out, row == null ? new StringBuilder() : row);
                row = null;
            } else {
                if (row == null) {
                    row = new StringBuilder();
                } else if (inCell) {
                    row.append(' '); // a further paragraph of the same cell
                }
                boolean cellEnds = text.indexOf(CELL_END) >= 0;
                // a tab typed in a cell becomes a blank, as in a .docx: only the cell mark separates cells
                row.append(text.replace(String.valueOf(CELL_END), "").replace('\t', ' '));
                if (cellEnds) {
                    row.append('\t');
                }
                inCell = !cellEnds;
            }
        }
        endRow(out, row);
        return out.toString();
    }

    /** The row gathered, without the tab after its last cell, as a line. */
    private static void endRow(StringBuilder out, StringBuilder row) {
        if (row == null) {
            return;
        }
        int end = row.length();
        if (end > 0 && row.charAt(end - 1) == '\t') {
            end--;
        }
        out.append(row, 0, end).append('\n');
    }
}
