package com.hospitalplan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit records a filter selects as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the Chinese),
 * with headings and kinds in the reader's language. A cell that a spreadsheet would take for a formula (a user name
 * typed as {@code =HYPERLINK(…)} at a failed sign-in) is written with a leading apostrophe, as text.
 */
@Component
class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> HEADINGS = List.of(
            "audit.time",
            "audit.user",
            "audit.address",
            "audit.kind",
            "audit.kindCode",
            "audit.subjectType",
            "audit.subject",
            "audit.subjectName",
            "audit.details");

    private final AuditRecords records;
    private final MessageSource messages;

    AuditCsv(AuditRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    void write(AuditFilter filter, Locale locale, Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(line(HEADINGS.stream().map(key -> messages.getMessage(key, null, locale))));
        try {
            records.each(filter, row -> {
                try {
                    out.write(line(cells(row, locale)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private Stream<String> cells(AuditRow row, Locale locale) {
        return Stream.of(
                TIME.format(row.occurredAt()),
                row.actorName(),
                row.clientAddress(),
                messages.getMessage("audit.kind." + row.kind(), null, row.kind(), locale),
                row.kind(),
                row.subjectType() == null
                        ? null
                        : messages.getMessage("audit.subject." + row.subjectType(), null, row.subjectType(), locale),
                row.subjectId(),
                row.subjectName(),
                row.details());
    }

    private static String line(Stream<String> cells) {
        return cells.map(AuditCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A quoted cell; empty for null; text a spreadsheet would evaluate starts with an apostrophe. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
