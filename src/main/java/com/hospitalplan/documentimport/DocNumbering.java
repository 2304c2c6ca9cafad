package com.hospitalplan.documentimport;

import java.util.Map;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The numbers Word's automatic numbering shows before the paragraphs of a legacy .doc, counted through the document as
 * Word counts them ({@link ListCounters}, as for a .docx; a list is its format override, {@code ilfo}). A level's number
 * text holds the level numbers it shows as the characters 0 to 8 ("\u0000、" shows "一、" for a Chinese counting level);
 * they are written in the level's number format, as far as plans use them. Bullets show no number.
 */
final class DocNumbering {

    /**
     * The formats plans number with ([MS-OSHARED] 2.2.1.3 MSONFC), by their .docx names ({@link DocxText#format}): the
     * Chinese and Taiwanese counting formats all show 一, 二, 三 below a hundred (LibreOffice writes its "一, 二, 三"
     * as 0x23), the legal ones 壹, 贰, 叁 (shown as counting, as a .docx's are).
     */
    private static final Map<Integer, String> FORMATS = Map.of(
            0x00, "decimal",
            0x12, "decimalEnclosedCircle",
            0x1C, "decimalEnclosedCircleChinese",
            0x21, "chineseCounting",
            0x22, "chineseLegalSimplified",
            0x23, "chineseCounting",
            0x25, "chineseCounting",
            0x26, "chineseLegalSimplified",
            0x27, "chineseCountingThousand");

    private static final int BULLET = 0x17;
    private static final int NO_NUMBER = 0xFF;

    private final ListCounters counters = new ListCounters();

    /** The number shown before this paragraph, or "" when it is in no numbered list. */
    String next(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        HWPFList list = paragraph.getList();
        char level = (char) paragraph.getIlvl();
        int format = list.getNumberFormat(level);
        String pattern = list.getNumberText(level);
        if (pattern == null || format == BULLET || format == NO_NUMBER) {
            return "";
        }
        int ilfo = paragraph.getIlfo();
        counters.count(ilfo, level, list.getStartAt(level));
        StringBuilder shown = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c <= 8) {
                int n = counters.current(ilfo, c, list.getStartAt(c));
                shown.append(DocxText.format(n, FORMATS.getOrDefault(list.getNumberFormat(c), "decimal")));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
