package com.hospitalplan.shared;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file for the browser to save: the response every download answers with, an attachment whose name may be Chinese
 * (sent in UTF-8, RFC 5987).
 */
public final class Downloads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /** An .xlsx workbook named {@code filename}. */
    public static ResponseEntity<byte[]> xlsx(String filename, byte[] content) {
        return file(filename, XLSX, content);
    }

    /** A PDF document named {@code filename}. */
    public static ResponseEntity<byte[]> pdf(String filename, byte[] content) {
        return file(filename, MediaType.APPLICATION_PDF, content);
    }

    /** A file of any type named {@code filename}. */
    public static ResponseEntity<byte[]> file(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
