package com.hospitalplan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a history row's values read: a yes/no value as 是/否 (it is stored as true/false), an evidence file's size in
 * KB or MB (stored in bytes), an amount spent with its unit (万元). Plain Java.
 */
final class HistoryValues {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    /** The words for yes, no and the money unit in the reader's language. */
    record Words(String yes, String no, String tenThousandYuan) {}

    private HistoryValues() {}

    static ReportViews.HistoryRow readable(ReportViews.HistoryRow row, Words words) {
        return switch (row.action()) {
            case "VALUE", "SUB_TARGET" -> with(row, yesNo(row.oldValue(), words), yesNo(row.newValue(), words));
            case "EVIDENCE_ADDED" -> with(row, row.oldValue(), fileSize(row.newValue()));
            case "SPENDING" -> with(row, money(row.oldValue(), words), money(row.newValue(), words));
            default -> row;
        };
    }

    /** "512 B", "12.1 KB", "3.4 MB". */
    static String fileSize(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        long unit = bytes < MB ? KB : MB;
        BigDecimal size = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
        return size.stripTrailingZeros().toPlainString() + (unit == KB ? " KB" : " MB");
    }

    private static String fileSize(String bytes) {
        if (bytes == null || !bytes.matches("\\d{1,18}")) {
            return bytes;
        }
        return fileSize(Long.parseLong(bytes));
    }

    private static String yesNo(String value, Words words) {
        if ("true".equals(value)) {
            return words.yes();
        }
        return "false".equals(value) ? words.no() : value;
    }

    private static String money(String value, Words words) {
        return value == null || value.isEmpty() ? value : value + " " + words.tenThousandYuan();
    }

    private static ReportViews.HistoryRow with(ReportViews.HistoryRow row, String oldValue, String newValue) {
        return new ReportViews.HistoryRow(
                row.at(), row.actor(), row.action(), row.item(), oldValue, newValue, row.reason());
    }
}
