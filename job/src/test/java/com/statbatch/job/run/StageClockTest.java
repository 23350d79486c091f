package com.statbatch.job.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StageClockTest {

    private final StageClock clock = new StageClock();

    @Test
    void stagesTogetherRunSideBySideAndReturnTheirResultsInTheirOrder() throws Exception {
        // Each stage waits for the other to start: run one after the other, both would time out.
        CountDownLatch bothStarted = new CountDownLatch(2);
        StageClock.Stage<String> waitsForTheOther =
                () -> {
                    bothStarted.countDown();
                    return bothStarted.await(10, TimeUnit.SECONDS) ? "met" : "alone";
                };

        List<String> results =
                clock.together(
                        List.of(
                                new StageClock.Parallel<>("write-db", waitsForTheOther),
                                new StageClock.Parallel<>("write-report", waitsForTheOther)));

        assertThat(results).containsExactly("met", "met");
        assertThat(clock.times()).containsOnlyKeys("write-db", "write-report");
    }

    @Test
    void aFailedStageIsTheCurrentOneAndTheResultsOfTheOthersAreClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        StageClock.Stage<AutoCloseable> stages = () -> () -> closed.set(true);
        StageClock.Stage<AutoCloseable> fails =
                () -> {
                    throw new IllegalStateException("S3 is down");
                };

        assertThatThrownBy(
                        () ->
                                clock.together(
                                        List.of(
                                                new StageClock.Parallel<>("write-db", stages),
                                                new StageClock.Parallel<>("write-report", fails))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("S3 is down");
        assertThat(clock.currentStage()).isEqualTo("write-report");
        assertThat(closed).isTrue();
    }

    @Test
    void whenBothFailTheFirstStagesFailureIsThrownWithTheOtherSuppressed() {
        StageClock.Stage<String> dbFails =
                () -> {
                    throw new IllegalStateException("connection lost");
                };
        StageClock.Stage<String> reportFails =
                () -> {
                    throw new IllegalStateException("S3 is down");
                };

        assertThatThrownBy(
                        () ->
                                clock.together(
                                        List.of(
                                                new StageClock.Parallel<>("write-db", dbFails),
                                                new StageClock.Parallel<>(
                                                        "write-report", reportFails))))
                .hasMessage("connection lost")
                .satisfies(
                        e ->
                                assertThat(e.getSuppressed())
                                        .extracting(Throwable::getMessage)
                                        .containsExactly("S3 is down"));
        assertThat(clock.currentStage()).isEqualTo("write-db");
    }

    @Test
    void noStagesTogetherIsNothingToWaitFor() throws Exception {
        assertThat(clock.together(List.<StageClock.Parallel<String>>of())).isEmpty();
        assertThat(clock.times()).isEmpty();
    }
}
