package com.hospitalplan.documentimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of a plan document, whatever its kind, told by its first bytes rather than its name: Word (.docx, see
 * {@link DocxText}), legacy Word (.doc, POI's HWPF), a PDF's text layer ({@link PdfText}) or plain text (UTF-8, or
 * GB18030 as older Chinese systems write it). Tables become lines whose cells are separated by tabs. A file beyond the
 * limits, encrypted, scanned without text, or no document at all is refused with the reason.
 */
public final class DocumentTexts {

    /** The largest file read. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The most pages of a PDF read. */
    public static final int MAX_PAGES = 300;

    public String read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRefusedException("document.refused.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentRefusedException("document.refused.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        String text;
        if (startsWith(content, 'P', 'K', 3, 4)) {
            text = DocxText.read(content);
        } else if (startsWith(content, '%', 'P', 'D', 'F')) {
            text = PdfText.read(content, MAX_PAGES);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            text = legacyWord(content);
        } else {
            text = plainText(content);
        }
        if (text.length() > PlanDraftExtractor.MAX_CHARS) {
            throw new DocumentRefusedException(
                    "document.refused.tooLong", String.valueOf(PlanDraftExtractor.MAX_CHARS / 10000));
        }
        if (text.isBlank()) {
            throw new DocumentRefusedException("document.refused.noText");
        }
        return text;
    }

    private static String legacyWord(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new DocumentRefusedException("document.refused.encrypted");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new DocumentRefusedException("document.refused.notDocument");
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot());
                    WordExtractor extractor = new WordExtractor(doc)) {
                StringBuilder out = new StringBuilder();
                for (String paragraph : extractor.getParagraphText()) {
                    String line = paragraph.replace("\r", "").replace("\n", "");
                    if (line.indexOf('\u0007') >= 0) {
                        line = line.replace('\u0007', '\t').stripTrailing();
                    }
                    out.append(line).append('\n');
                }
                return out.toString();
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

    /** UTF-8, else GB18030; text with control characters other than line breaks and tabs is no document. */
    private static String plainText(byte[] content) {
        String text = decode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = decode(content, Charset.forName("GB18030"));
        }
        if (text == null || hasControlCharacters(text)) {
            throw new DocumentRefusedException("document.refused.notDocument");
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }

    private static String decode(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
