package com.hospitalplan.audit;

import java.util.List;

/**
 * One page of audit records, newest first, and whether an older page follows. There is no total: counting millions
 * of rows for every page would cost more than the page.
 *
 * @param number the page, from 1
 */
public record AuditPage(List<AuditRow> rows, int number, int size, boolean hasNext) {

    static AuditPage empty() {
        return new AuditPage(List.of(), 1, 1, false);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    /** The position of the first row shown (from 1), or 0 when there are none. */
    public long first() {
        return rows.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    /** The position of the last row shown, or 0 when there are none. */
    public long last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }
}
