package com.statbatch.job.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DayRangesTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void skewedMonthIsCutWhereTheRowsAreNotWhereTheCalendarIs() {
        TreeMap<LocalDate, Long> rows = new TreeMap<>();
        rows.put(LocalDate.of(2026, 10, 2), 10L);
        rows.put(LocalDate.of(2026, 10, 20), 1000L);
        rows.put(LocalDate.of(2026, 10, 21), 1000L);
        rows.put(LocalDate.of(2026, 10, 30), 10L);

        List<DayRanges.Range> ranges = DayRanges.balance(rows, OCT_1, NOV_1, 3);

        assertThat(ranges)
                .containsExactly(
                        new DayRanges.Range(OCT_1, LocalDate.of(2026, 10, 21)),
                        new DayRanges.Range(LocalDate.of(2026, 10, 21), LocalDate.of(2026, 10, 22)),
                        new DayRanges.Range(LocalDate.of(2026, 10, 22), NOV_1));
    }

    @Test
    void rangesCoverThePeriodWithoutGapsOrOverlapsAndNeverExceedTheLimit() {
        TreeMap<LocalDate, Long> rows = new TreeMap<>();
        for (LocalDate d = OCT_1; d.isBefore(NOV_1); d = d.plusDays(1)) {
            rows.put(d, 100L + d.getDayOfMonth());
        }

        List<DayRanges.Range> ranges = DayRanges.balance(rows, OCT_1, NOV_1, 8);

        assertThat(ranges).hasSize(8);
        assertThat(ranges.get(0).start()).isEqualTo(OCT_1);
        assertThat(ranges.get(ranges.size() - 1).endExclusive()).isEqualTo(NOV_1);
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).start()).isEqualTo(ranges.get(i - 1).endExclusive());
        }
    }

    @Test
    void emptyPeriodIsOneRange() {
        assertThat(DayRanges.balance(new TreeMap<>(), OCT_1, NOV_1, 8))
                .containsExactly(new DayRanges.Range(OCT_1, NOV_1));
    }
}
