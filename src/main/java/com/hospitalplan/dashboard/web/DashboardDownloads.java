package com.hospitalplan.dashboard.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A dashboard's export as a file to download. */
final class DashboardDownloads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private DashboardDownloads() {}

    static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
        return download(name + ".xlsx", XLSX, content);
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] content) {
        return download(name + ".pdf", MediaType.APPLICATION_PDF, content);
    }

    private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] content) {
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
