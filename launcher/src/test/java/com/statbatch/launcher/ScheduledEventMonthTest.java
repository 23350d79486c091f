package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.launcher.testing.LauncherEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule fires at 16:00 UTC on the last day of the month, 01:00 KST on the 1st. Seoul's month
 * turns at 15:00 UTC, so an event before that still lies in the month being closed.
 */
class ScheduledEventMonthTest {

    private final EventParser parser = new EventParser(36);

    /** Scheduled events carry their own time; the clock only matters for manual requests. */
    private final Instant irrelevantNow = Instant.parse("2030-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // 31-day month
        "2026-10-31T14:59:59Z, 2026-09",
        "2026-10-31T15:00:00Z, 2026-10",
        "2026-10-31T16:00:00Z, 2026-10",
        // 30-day month
        "2026-09-30T14:59:00Z, 2026-08",
        "2026-09-30T15:00:00Z, 2026-09",
        "2026-09-30T16:00:00Z, 2026-09",
        // February, common and leap year
        "2027-02-28T14:59:00Z, 2027-01",
        "2027-02-28T16:00:00Z, 2027-02",
        "2028-02-28T16:00:00Z, 2028-01",
        "2028-02-29T16:00:00Z, 2028-02",
        // December into January
        "2026-12-31T14:59:00Z, 2026-11",
        "2026-12-31T15:00:00Z, 2026-12",
        "2026-12-31T16:00:00Z, 2026-12",
        "2027-01-31T16:00:00Z, 2027-01",
    })
    void theMonthIsTheOneBeforeTheEventTimeInSeoul(String eventTime, String expectedMonth) {
        LaunchRequest request = parse(LauncherEvents.scheduled(Instant.parse(eventTime)));

        assertThat(request.trigger()).isEqualTo(LaunchRequest.Trigger.SCHEDULE);
        assertThat(request.periods()).extracting(StatPeriod::label).containsExactly(expectedMonth);
    }

    @Test
    void theDecemberPeriodEndsOnTheFirstOfJanuaryInSeoul() {
        StatPeriod december =
                parse(LauncherEvents.scheduled(Instant.parse("2026-12-31T16:00:00Z")))
                        .periods()
                        .get(0);

        assertThat(december.startInstant()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(december.endInstant()).isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
    }

    @Test
    void aScheduledEventWithoutATimeIsRejectedNamingTheField() {
        String event =
                LauncherEvents.scheduled(Instant.EPOCH)
                        .replace("\"time\":\"1970-01-01T00:00:00Z\"", "\"time\":\"soon\"");

        assertThatThrownBy(() -> parse(event))
                .isInstanceOf(BadEventException.class)
                .hasMessageContaining("'time'")
                .hasMessageContaining("'soon'")
                .hasMessageContaining("2026-10-31T16:00:00Z");
    }

    private LaunchRequest parse(String event) {
        return parser.parse(
                EventParser.classify(event.getBytes(StandardCharsets.UTF_8)), irrelevantNow);
    }
}
