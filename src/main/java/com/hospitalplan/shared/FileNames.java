package com.hospitalplan.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The name of a downloaded file: what it is of (a plan, a region), which view, and the day it was made, joined by
 * hyphens ("粤北人民医院高水平医院建设工作方案-地区对比-2026-12-07.xlsx"), so that two downloads never share a name.
 * Characters no file system takes are replaced. Also the name of an uploaded file as the pages show it back. Plain
 * Java.
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

    /**
     * An uploaded file's own name, as kept with its preview and shown back: without any path a browser sent or control
     * characters (a NUL), at most 200 characters; empty when there is none.
     */
    public static String uploaded(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        String name = fileName.replace('\\', '/').replaceAll("\\p{Cntrl}", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String safe(String part) {
        return part.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
