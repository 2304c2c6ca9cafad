package com.hospitalplan.dashboard.web;

import com.hospitalplan.shared.FileNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of the dashboards' downloads: the plan (or place), the view and today's date, so that the plan's overview,
 * its money and its PDF never share a name ("粤北人民医院高水平医院建设工作方案-地区对比-2026-12-07.xlsx").
 */
@Component
class DownloadNames {

    private final MessageSource messages;
    private final Clock clock;

    DownloadNames(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** A workbook of {@code subject} in the {@code view} ({@code dashboard.file.*}), with more parts if given. */
    String xlsx(String subject, String view, Locale locale, String... more) {
        return name("xlsx", subject, view, locale, more);
    }

    String pdf(String subject, String view, Locale locale) {
        return name("pdf", subject, view, locale);
    }

    private String name(String extension, String subject, String view, Locale locale, String... more) {
        String[] parts = new String[2 + more.length];
        parts[0] = subject;
        System.arraycopy(more, 0, parts, 1, more.length);
        parts[parts.length - 1] = messages.getMessage("dashboard.file." + view, null, locale);
        return FileNames.of(LocalDate.now(clock), extension, parts);
    }
}
