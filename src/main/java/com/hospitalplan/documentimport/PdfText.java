package com.hospitalplan.documentimport;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF, in reading order. A wide gap between two pieces of a line is a column boundary of a table
 * and becomes a tab; the lines a paragraph wraps into are joined again (PDFBox's paragraph detection, by indentation
 * and spacing), except table rows. A PDF that is encrypted, has more than the pages allowed, or has next to no text
 * (a scan) is refused.
 */
final class PdfText {

    /** Fewer non-blank characters per page than this is a scan without a text layer. */
    static final int MIN_CHARS_PER_PAGE = 20;

    private static final char WRAP = '\u0001';

    private PdfText() {}

    static String read(byte[] content, int maxPages) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new DocumentRefusedException("document.refused.encrypted");
            }
            int pages = pdf.getNumberOfPages();
            if (pages > maxPages) {
                throw new DocumentRefusedException("document.refused.tooManyPages", String.valueOf(maxPages));
            }
            Stripper stripper = new Stripper();
            String raw = stripper.getText(pdf);
            long visible = raw.chars()
                    .filter(c -> !Character.isWhitespace(c) && c != WRAP)
                    .count();
            if (visible < (long) MIN_CHARS_PER_PAGE * Math.max(1, pages)) {
                throw new DocumentRefusedException("document.refused.scanned");
            }
            return unwrap(raw);
        } catch (InvalidPasswordException e) {
            throw new DocumentRefusedException("document.refused.encrypted");
        } catch (IOException e) {
            throw new DocumentRefusedException("document.refused.unreadable");
        }
    }

    /** Joins the lines of a paragraph: a wrap mark between two lines that are not table rows is dropped. */
    static String unwrap(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        String[] paragraphs = raw.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            String[] lines = paragraphs[p].split(String.valueOf(WRAP), -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                out.append(line);
                if (i + 1 < lines.length) {
                    boolean keep = line.indexOf('\t') >= 0 || lines[i + 1].indexOf('\t') >= 0;
                    if (keep) {
                        out.append('\n');
                    } else if (endsAndStartsLatin(line, lines[i + 1])) {
                        out.append(' ');
                    }
                }
            }
            if (p + 1 < paragraphs.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean endsAndStartsLatin(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && a.charAt(a.length() - 1) < 128 && b.charAt(0) < 128;
    }

    /** PDFBox's text with a tab for a wide gap, a wrap mark between lines and a line break after a paragraph. */
    private static final class Stripper extends PDFTextStripper {

        private float lastEnd = -1;

        Stripper() throws IOException {
            setSortByPosition(true);
            setLineSeparator(String.valueOf(WRAP));
            setParagraphStart("");
            setParagraphEnd("\n");
            setPageEnd("\n");
            setWordSeparator("");
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            super.writeLineSeparator();
            lastEnd = -1;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            StringBuilder out = new StringBuilder(text.length() + 4);
            for (TextPosition position : positions) {
                float x = position.getXDirAdj();
                float width = Math.max(position.getWidthDirAdj(), 1f);
                if (lastEnd >= 0 && x - lastEnd > 1.5f * Math.max(width, position.getFontSizeInPt() * 0.8f)) {
                    out.append('\t');
                } else if (lastEnd >= 0
                        && x - lastEnd > 0.3f * width
                        && position.getUnicode().charAt(0) < 128) {
                    out.append(' ');
                }
                out.append(position.getUnicode());
                lastEnd = x + position.getWidthDirAdj();
            }
            writeString(out.toString());
        }
    }
}
