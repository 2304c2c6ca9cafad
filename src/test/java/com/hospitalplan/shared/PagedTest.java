package com.hospitalplan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> HUNDRED =
            IntStream.rangeClosed(1, 100).boxed().toList();

    @Test
    void aPageHoldsItsRowsAndKnowsWhereItIs() {
        Paged<Integer> page = Paged.of(HUNDRED, 2, 25);

        assertThat(page.rows()).startsWith(26).endsWith(50).hasSize(25);
        assertThat(page.pages()).isEqualTo(4);
        assertThat(page.first()).isEqualTo(26);
        assertThat(page.last()).isEqualTo(50);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theLastPageMayBeShortAndPagesOutOfRangeAreClamped() {
        Paged<Integer> last = Paged.of(HUNDRED, 99, 30);

        assertThat(last.number()).isEqualTo(4);
        assertThat(last.rows()).containsExactly(91, 92, 93, 94, 95, 96, 97, 98, 99, 100);
        assertThat(last.hasNext()).isFalse();
        assertThat(Paged.of(HUNDRED, -3, 30).number()).isEqualTo(1);
        assertThat(Paged.of(HUNDRED, -3, 30).hasPrevious()).isFalse();
    }

    @Test
    void anEmptyTableIsOneEmptyPage() {
        Paged<Integer> empty = Paged.of(List.of(), 3, 10);

        assertThat(empty.number()).isEqualTo(1);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.first()).isZero();
        assertThat(empty.last()).isZero();
    }

    @Test
    void thePagerOffersTheEndsAndTheNeighboursWithGapsBetween() {
        assertThat(Paged.of(HUNDRED, 5, 10).numbers()).containsExactly(1, Paged.GAP, 3, 4, 5, 6, 7, Paged.GAP, 10);
        assertThat(Paged.of(HUNDRED, 1, 10).numbers()).containsExactly(1, 2, 3, Paged.GAP, 10);
        assertThat(Paged.of(HUNDRED, 1, 50).numbers()).containsExactly(1, 2);
    }

    @Test
    void aPageSizeMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Paged.of(HUNDRED, 1, 0));
    }
}
