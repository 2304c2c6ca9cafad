package com.hospitalplan.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a long table: its rows, which page it is (from 1), the page size and how many rows there are in all.
 * A page number past the end shows the last page, one below 1 the first. Plain Java.
 */
public record Paged<T>(List<T> rows, int number, int size, int total) {

    /** Marks a gap in {@link #numbers()}: pages left out between the ones shown. */
    public static final int GAP = 0;

    public static <T> Paged<T> of(List<T> all, int requested, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("Page size must be positive: " + size);
        }
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.max(1, Math.min(requested, pages));
        int from = (number - 1) * size;
        return new Paged<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), number, size, all.size());
    }

    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** The position of the first row shown (from 1), or 0 when there are none. */
    public int first() {
        return total == 0 ? 0 : (number - 1) * size + 1;
    }

    /** The position of the last row shown, or 0 when there are none. */
    public int last() {
        return total == 0 ? 0 : first() + rows.size() - 1;
    }

    /** The page numbers a pager offers: the first, the last and two on each side of this one, {@link #GAP} between. */
    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        int pages = pages();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - number) <= 2) {
                if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != n - 1) {
                    numbers.add(GAP);
                }
                numbers.add(n);
            }
        }
        return numbers;
    }
}
