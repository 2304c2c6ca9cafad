package com.hospitalplan.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The name of a downloaded file: what it is of (a plan, a region), which view, and the day it was made, joined by
 * hyphens ("粤北人民医院高水平医院建设工作方案-地区对比-2026-12-07.xlsx"), so that two downloads never share a name.
 * Characters no file system takes are replaced. Plain Java.
 */
public final class FileNames {

    private FileNames() {}

    /** {@code parts} (blank ones left out), the date and the extension (without its dot). */
    public static String of(LocalDate date, String extension, String... parts) {
        String name = Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(FileNames::safe)
                .collect(Collectors.joining("-"));
        return (name.isEmpty() ? "" : name + "-") + date + "." + extension;
    }

    private static String safe(String part) {
        return part.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
