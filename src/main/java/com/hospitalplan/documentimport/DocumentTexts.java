package com.hospitalplan.documentimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a plan document, whatever its kind, told by its first bytes rather than its name: Word (.docx, see
 * {@link DocxText}), legacy Word (.doc, {@link DocText}), a PDF's text layer ({@link PdfText}) or plain text (UTF-8, or
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
            text = DocText.read(content);
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
