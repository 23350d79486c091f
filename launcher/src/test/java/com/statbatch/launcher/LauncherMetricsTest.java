package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.metrics.MetricRecord;
import com.statbatch.launcher.LaunchRequest.Trigger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The launcher's embedded-metric lines: one per month launched, step event and freshness check. */
class LauncherMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void aLaunchedMonthCountsUnderItsOutcomeWithItsRunAndRequest() throws Exception {
        LaunchOutcome outcome =
                new LaunchOutcome(
                        "2026-10",
                        LaunchOutcome.Result.SUBMITTED,
                        "2026-10-run",
                        "j-2AXXXXXXGAPLF",
                        "s-1OCT",
                        "PENDING",
                        new MasterSync.Result(1, 3, 0, 0));

        JsonNode line = line(LauncherMetrics.launched(outcome, Trigger.SCHEDULE, "req-1"));

        assertThat(line.path("_aws").path("CloudWatchMetrics").get(0))
                .isEqualTo(
                        JSON.readTree(
                                """
                {"Namespace":"StatBatch","Dimensions":[["Component"],["Component","Outcome"]],
                 "Metrics":[{"Name":"Launches","Unit":"Count"}]}"""));
        assertThat(line.path("Component").asText()).isEqualTo("launcher");
        assertThat(line.path("Outcome").asText()).isEqualTo("SUBMITTED");
        assertThat(line.path("Launches").asLong()).isEqualTo(1);
        assertThat(line.path("runId").asText()).isEqualTo("2026-10-run");
        assertThat(line.path("period").asText()).isEqualTo("2026-10");
        assertThat(line.path("trigger").asText()).isEqualTo("SCHEDULE");
        assertThat(line.path("requestId").asText()).isEqualTo("req-1");
    }

    @Test
    void aFailedLaunchCountsAsFailedWithItsStage() throws Exception {
        JsonNode line =
                line(
                        LauncherMetrics.launchFailed(
                                new LaunchFailedException("2026-10", Stage.SUBMIT, "refused", null),
                                "req-2"));

        assertThat(line.path("Outcome").asText()).isEqualTo("FAILED");
        assertThat(line.path("stage").asText()).isEqualTo("submit");
        assertThat(line.path("period").asText()).isEqualTo("2026-10");
    }

    @Test
    void aLateMonthIsAZeroOfMonthSucceeded() throws Exception {
        JsonNode line =
                line(
                        LauncherMetrics.freshness(
                                new FreshnessCheck.Outcome(
                                        "2026-10", false, "2026-11-01 09:00 KST", "none"),
                                "req-3"));

        assertThat(line.path("MonthSucceeded").asLong()).isZero();
        assertThat(line.path("period").asText()).isEqualTo("2026-10");
        assertThat(line.path("latestRun").asText()).isEqualTo("none");
    }

    private static JsonNode line(MetricRecord record) throws Exception {
        return JSON.readTree(record.toJson(AT));
    }
}
