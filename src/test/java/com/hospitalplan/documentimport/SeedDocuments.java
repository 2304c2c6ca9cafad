package com.hospitalplan.documentimport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A plan's text as the files bureaus receive: a .docx with a paragraph per line and the tab-separated rows as a real
 * Word table, and a PDF with a text layer (paragraphs wrapped to the page, table cells in columns), set in Debian's
 * WenQuanYi Micro Hei.
 */
public final class SeedDocuments {

    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    static final float TABLE_SIZE = 5.5f;

    private SeedDocuments() {}

    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.indexOf('\t') >= 0 && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                    continue;
                }
                flushTable(doc, rows);
                doc.createParagraph().createRun().setText(line);
            }
            flushTable(doc, rows);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flushTable(XWPFDocument doc, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).length ? rows.get(r)[c] : "";
                row.getCell(c).getParagraphs().get(0).createRun().setText(cell);
            }
        }
        rows.clear();
    }

    public static byte[] pdf(String text) {
        float size = 10;
        float leading = 14;
        float margin = 50;
        try (PDDocument pdf = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(new File(FONT));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(pdf, ttf, true);
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            Pages pages = new Pages(pdf, font, size, margin);
            List<String[]> tableRows = new ArrayList<>();
            for (String raw : text.split("\n", -1)) {
                String line = printable(font, raw);
                if (line.indexOf('\t') >= 0 && !line.isBlank()) {
                    tableRows.add(line.split("\t", -1));
                    continue;
                }
                drawTable(pages, font, tableRows, margin, width, leading);
                for (String piece : wrap(font, size, line.strip(), width)) {
                    pages.show(piece, margin, pages.next(leading));
                }
                pages.gap(leading * 1.5f);
            }
            drawTable(pages, font, tableRows, margin, width, leading);
            pages.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table's rows, each column as wide as its widest cell (narrowed together where the page is too narrow). */
    private static void drawTable(
            Pages pages, PDType0Font font, List<String[]> rows, float margin, float width, float leading)
            throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        float[] widths = new float[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], font.getStringWidth(row[c].strip()) / 1000 * TABLE_SIZE + 22);
            }
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float scale = Math.min(1f, width / total);
        for (String[] row : rows) {
            float y = pages.next(leading);
            float x = margin;
            for (int c = 0; c < row.length; c++) {
                pages.show(fit(font, TABLE_SIZE, row[c].strip(), widths[c] * scale - 14), x, y, TABLE_SIZE);
                x += widths[c] * scale;
            }
            pages.gap(leading);
        }
        pages.gap(leading);
        rows.clear();
    }

    /** The text without characters the font cannot show (they are rare symbols in the seeds). */
    private static String printable(PDType0Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\t') {
                out.append(ch);
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(PDType0Font font, float size, String line, float width) throws IOException {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            float w = font.getStringWidth(String.valueOf(c)) / 1000 * size;
            if (used + w > width && current.length() > 0) {
                pieces.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(c);
            used += w;
        }
        if (current.length() > 0 || pieces.isEmpty()) {
            pieces.add(current.toString());
        }
        return pieces;
    }

    private static String fit(PDType0Font font, float size, String cell, float width) throws IOException {
        String fitted = cell;
        while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
            fitted = fitted.substring(0, fitted.length() - 1);
        }
        return fitted;
    }

    /** Writes lines down the pages, starting a new page at the bottom margin. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final float size;
        private final float margin;
        private PDPageContentStream stream;
        private float y;

        Pages(PDDocument pdf, PDType0Font font, float size, float margin) {
            this.pdf = pdf;
            this.font = font;
            this.size = size;
            this.margin = margin;
        }

        float next(float leading) throws IOException {
            if (stream == null || y - leading < margin) {
                close();
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                stream = new PDPageContentStream(pdf, page);
                y = PDRectangle.A4.getHeight() - margin;
            }
            y -= leading;
            return y;
        }

        void gap(float space) {
            y -= space;
        }

        void show(String text, float x, float at) throws IOException {
            show(text, x, at, size);
        }

        void show(String text, float x, float at, float fontSize) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, at);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
