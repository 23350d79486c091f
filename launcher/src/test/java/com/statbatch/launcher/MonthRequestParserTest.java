package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.launcher.testing.EmrStub;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthRequestParserTest {

    /** 10:00 KST on 2026-11-10: October is the latest month that has ended. */
    private static final Instant NOW = Instant.parse("2026-11-10T01:00:00Z");

    private final MonthRequestParser parser = new MonthRequestParser(36);

    @Test
    void aSinglePeriodIsThatMonth() {
        assertThat(labels("{\"period\":\"2026-09\"}")).containsExactly("2026-09");
    }

    @Test
    void aRangeIsEveryMonthFromFirstToLastInOrder() {
        assertThat(labels("{\"from\":\"2025-11\",\"to\":\"2026-02\"}"))
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    }

    @Test
    void aRangeOfExactlyTheLimitIsAccepted() {
        assertThat(labels("{\"from\":\"2023-11\",\"to\":\"2026-10\"}"))
                .hasSize(36)
                .endsWith("2026-10");
    }

    @Test
    void aRangeOfDaysIsOneCustomPeriodWithTheLastDayIncluded() {
        List<StatPeriod> periods =
                parser.parse(EmrStub.read("{\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}"), NOW);

        assertThat(periods)
                .containsExactly(
                        new StatPeriod(
                                StatPeriod.Type.CUSTOM,
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 7, 1)));
    }

    @Test
    void aRangeOfDaysCoveringOneCalendarMonthIsThatMonth() {
        assertThat(labels("{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}"))
                .containsExactly("2026-09");
    }

    @Test
    void theMonthThatEndedAtMidnightInSeoulMayRunAtOnce() {
        Instant justAfterOctober = Instant.parse("2026-10-31T15:00:00Z");

        assertThat(parser.parse(EmrStub.read("{\"period\":\"2026-10\"}"), justAfterOctober))
                .extracting(StatPeriod::label)
                .containsExactly("2026-10");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {"period":"2026-13"}                      | period | '2026-13', not a month
            {"period":"2026/09"}                      | period | expected YYYY-MM
            {"period":202609}                         | period | a string YYYY-MM
            {"period":null}                           | period | is null
            {"month":"2026-09"}                       | month  | not a known field
            {"period":"2026-09","force":true}         | force  | not a known field
            {}                                        | period | is missing
            {"period":"2026-11"}                      | period | has not ended yet
            {"period":"2027-01"}                      | period | a month up to 2026-10
            {"period":"2026-09","from":"2026-01"}     | period | cannot be combined
            {"from":"2026-01"}                        | to     | is missing
            {"to":"2026-06"}                          | from   | is missing
            {"from":"2026-06","to":"2026-01"}         | to     | before from 2026-06
            {"from":"2023-10","to":"2026-10"}         | to     | 37 months long, over the limit of 36
            {"from":"2026-09","to":"2026-11"}         | to     | has not ended yet
            {"from":"2026-06-30","to":"2026-06-01"}   | to     | before from 2026-06-30
            {"from":"2026-01-01","to":"2026-06"}      | to     | a day YYYY-MM-DD like from
            {"from":"2026-02-30","to":"2026-03-01"}   | from   | '2026-02-30', not a date
            {"from":"2023-11-01","to":"2026-11-01"}   | to     | longer than that, over the limit of 36 months
            {"from":"2026-11-01","to":"2026-11-10"}   | to     | has not ended yet
            ["2026-09"]                               | body   | not a JSON object
            "2026-09"                                 | body   | not a JSON object
            """)
    void malformedRequestsNameTheFieldAndTheExpectedForm(
            String body, String field, String problem) {
        assertThatThrownBy(() -> parser.parse(EmrStub.read(body), NOW))
                .isInstanceOfSatisfying(
                        BadEventException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo(field);
                            assertThat(e.getMessage())
                                    .contains("'" + field + "'")
                                    .contains(problem)
                                    .contains("expected");
                        });
    }

    private List<String> labels(String body) {
        JsonNode json = EmrStub.read(body);
        return parser.parse(json, NOW).stream().map(StatPeriod::label).toList();
    }
}
