package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.period.StatPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepNamesTest {

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "stat-batch-2026-10-0f8c3a9e-1111-4222-8333-944455556666, true",
        "stat-batch-2026-10, true",
        "stat-batch-2026-10-01_2026-10-15-0f8c3a9e-1111-4222-8333-944455556666, false",
        "stat-batch-2026-11-0f8c3a9e-1111-4222-8333-944455556666, false",
        "stat-batch-2026-1, false",
        "other-2026-10, false"
    })
    void aStepBelongsToAMonthOnlyByItsLabelAndARunId(String name, boolean october) {
        assertThat(StepNames.isStepOf(name, OCTOBER)).isEqualTo(october);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "stat-batch-2026-10-0f8c3a9e-1111-4222-8333-944455556666, 2026-10",
        "stat-batch-2026-10-01_2026-10-15-0f8c3a9e-1111-4222-8333-944455556666, 2026-10-01_2026-10-15",
        "stat-batch-2026-10, 2026-10",
        "stat-batch-, ",
        "other-2026-10, "
    })
    void theLabelOfAStepsPeriodIsReadFromItsName(String name, String label) {
        assertThat(StepNames.periodLabel(name)).isEqualTo(java.util.Optional.ofNullable(label));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2026-10-01, 2026-10-31", "2026-10-01, 2026-10-15", "2025-12-20, 2026-01-10"})
    void aNewRunsStepNameBelongsToItsOwnPeriod(LocalDate from, LocalDate to) {
        StatPeriod period = StatPeriod.ofDays(from, to);

        assertThat(StepNames.isStepOf(StepNames.of(StepNames.newRunId(period)), period)).isTrue();
    }
}
