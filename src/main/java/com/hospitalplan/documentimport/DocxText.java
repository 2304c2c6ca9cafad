package com.hospitalplan.documentimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx in body order: a paragraph per line, with the number Word's automatic numbering shows before it
 * ("一、", "（一）", "1."), and a table row per line with its cells separated by tabs. POI's limits on unpacking guard
 * against zip bombs; an encrypted or damaged file, or a zip that holds no Word document, is refused.
 */
final class DocxText {

    private DocxText() {}

    static String read(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            ListCounters counters = new ListCounters();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(number(paragraph, counters))
                            .append(paragraph.getText())
                            .append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!line.isEmpty() || row.getTableCells().indexOf(cell) > 0) {
                                line.append('\t');
                            }
                            line.append(cell.getText().replace('\n', ' ').replace('\t', ' '));
                        }
                        out.append(line).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw new DocumentRefusedException("document.refused.encrypted");
        } catch (IOException | RuntimeException e) {
            throw new DocumentRefusedException(
                    isZipBomb(e) ? "document.refused.zipBomb" : "document.refused.notDocument");
        }
    }

    /** POI's zip-bomb guard (inflate ratio, entry size) says so in its message, possibly wrapped. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The number Word shows for a paragraph of an automatically numbered list, or "". */
    static String number(XWPFParagraph paragraph, ListCounters counters) {
        BigInteger numId = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        if (numId == null || pattern == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        int n = counters.count(numId, level, 1);
        return pattern.replace("%" + (level + 1), format(n, paragraph.getNumFmt()));
    }

    static String format(int n, String numFmt) {
        if (numFmt == null) {
            return String.valueOf(n);
        }
        return switch (numFmt) {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified" ->
                chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
