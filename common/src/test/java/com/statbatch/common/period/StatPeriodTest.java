package com.statbatch.common.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class StatPeriodTest {

    @Test
    void monthIsTheInstantRangeFromFirstDayMidnightSeoulToNextFirstDay() {
        StatPeriod october = StatPeriod.ofMonth(YearMonth.of(2026, 10));

        assertThat(october.startInstant()).isEqualTo(Instant.parse("2026-09-30T15:00:00Z"));
        assertThat(october.endInstant()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(october.label()).isEqualTo("2026-10");
        assertThat(october.reportKey()).isEqualTo("2026-10-01_2026-10-31");
    }

    @Test
    void lastMillisecondOfTheMonthIsInsideAndMidnightOfTheFirstIsOutside() {
        StatPeriod october = StatPeriod.ofMonth(YearMonth.of(2026, 10));

        assertThat(october.contains(Instant.parse("2026-10-31T14:59:59.999Z"))).isTrue();
        assertThat(october.contains(Instant.parse("2026-10-31T15:00:00Z"))).isFalse();
        assertThat(october.contains(Instant.parse("2026-09-30T15:00:00Z"))).isTrue();
        assertThat(october.contains(Instant.parse("2026-09-30T14:59:59.999Z"))).isFalse();
    }

    @Test
    void previousMonthIsDecidedInSeoulNotUtc() {
        assertThat(StatPeriod.previousMonth(Instant.parse("2026-10-31T14:59:00Z")).label())
                .isEqualTo("2026-09");
        assertThat(StatPeriod.previousMonth(Instant.parse("2026-10-31T15:00:00Z")).label())
                .isEqualTo("2026-10");
        assertThat(StatPeriod.previousMonth(Instant.parse("2026-12-31T16:00:00Z")).label())
                .isEqualTo("2026-12");
        assertThat(StatPeriod.previousMonth(Instant.parse("2027-01-15T00:00:00Z")).label())
                .isEqualTo("2026-12");
    }

    @Test
    void dayRangeCoveringOneWholeMonthIsThatMonth() {
        assertThat(StatPeriod.ofDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
                .isEqualTo(StatPeriod.ofMonth(YearMonth.of(2024, 2)));
    }

    @Test
    void customRangeIsLabelledByItsFirstAndLastDay() {
        StatPeriod range = StatPeriod.ofDays(LocalDate.of(2003, 11, 1), LocalDate.of(2015, 8, 31));

        assertThat(range.type()).isEqualTo(StatPeriod.Type.CUSTOM);
        assertThat(range.label()).isEqualTo("2003-11-01_2015-08-31");
        assertThat(range.endExclusive()).isEqualTo(LocalDate.of(2015, 9, 1));
    }

    @Test
    void rangeEndingBeforeItStartsIsRejectedWithBothDates() {
        assertThatThrownBy(
                        () -> StatPeriod.ofDays(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .hasMessageContaining("2026-05-02")
                .hasMessageContaining("2026-05-01");
    }

    @Test
    void malformedMonthNamesTheValueAndTheExpectedForm() {
        assertThatThrownBy(() -> StatPeriod.parseMonth("2026-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2026-13'")
                .hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> StatPeriod.parseDay("2026/01/01"))
                .hasMessageContaining("YYYY-MM-DD");
    }
}
