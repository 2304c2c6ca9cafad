package com.hospitalplan.shared;

/**
 * How much of a workbook the reader accepts before it refuses the file.
 *
 * @param maxFileBytes the largest file
 * @param maxUnpackedBytes the most all parts of the file may unpack to (zip bombs unpack to far more)
 * @param maxRows the most rows of one sheet
 */
public record WorkbookLimits(long maxFileBytes, long maxUnpackedBytes, int maxRows) {

    /** 10 MB files, 50 MB unpacked, 10,000 rows a sheet (the application's defaults). */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(10L * 1024 * 1024, 50L * 1024 * 1024, 10_000);
    }
}
