package com.hospitalplan.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of evidence file a report accepts, recognised by name and by their first bytes, so that a renamed
 * executable or script is refused. Plain Java; six signatures did not justify a detection library.
 */
public enum EvidenceType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    OFFICE_OPEN_XML("application/octet-stream", new byte[] {'P', 'K', 3, 4}, "docx", "xlsx", "pptx"),
    OFFICE_LEGACY(
            "application/octet-stream",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            "doc",
            "xls",
            "ppt");

    /** The largest evidence file accepted: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final byte[] signature;
    private final String[] extensions;

    EvidenceType(String contentType, byte[] signature, String... extensions) {
        this.contentType = contentType;
        this.signature = signature;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type of a file whose name and first bytes agree, or empty. */
    public static Optional<EvidenceType> of(String filename, byte[] content) {
        if (filename == null || content == null) {
            return Optional.empty();
        }
        String lower = filename.toLowerCase(Locale.ROOT);
        String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        for (EvidenceType type : values()) {
            if (Arrays.asList(type.extensions).contains(extension) && startsWith(content, type.signature)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
