package com.statbatch.job.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.metrics.MetricRecord;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.RunCounts;
import com.statbatch.job.report.html.Highlights;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job's embedded-metric lines: what CloudWatch gets from a run, with its run id and month. */
class RunMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));
    private static final Instant AT = Instant.parse("2026-11-01T02:10:00Z");

    @Test
    void aSucceededRunPublishesItsCountsEveryStageAndEverySkipReason() throws Exception {
        Map<String, Duration> stages = new LinkedHashMap<>();
        stages.put("read-analyse", Duration.ofMillis(4100));
        stages.put("write-db", Duration.ofMillis(700));
        RunSummary summary =
                new RunSummary(
                        "2026-10-run",
                        OCTOBER,
                        "PostgreSQL table building_text",
                        new RunCounts(
                                1991,
                                12,
                                1164,
                                Map.of("missing_building_id", 3L, "malformed_record", 2L),
                                9,
                                1,
                                "out/stat/2026-10-01_2026-10-31/building_keywords.csv"),
                        1,
                        "out/stat/2026-10-01_2026-10-31/building_keywords.csv",
                        "out/stat/2026-10-01_2026-10-31/buildings.csv",
                        "out/stat/2026-10-01_2026-10-31/runs/2026-10-run/building_keywords.csv",
                        "out/stat/2026-10-01_2026-10-31/runs/2026-10-run/report.html",
                        Highlights.NONE,
                        List.of(),
                        stages,
                        Duration.ofMillis(13_040),
                        false);

        List<JsonNode> lines = lines(RunMetrics.records(summary));

        assertThat(lines).hasSize(5);
        JsonNode run = lines.get(0);
        assertThat(metricNames(run))
                .containsExactly(
                        "Runs",
                        "RunSeconds",
                        "Documents",
                        "Buildings",
                        "KeywordRows",
                        "SkippedRows",
                        "UnknownBuildingDocuments",
                        "TruncatedDocuments");
        assertThat(run.path("Outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.path("Documents").asLong()).isEqualTo(1991);
        assertThat(run.path("Buildings").asLong()).isEqualTo(12);
        assertThat(run.path("KeywordRows").asLong()).isEqualTo(1164);
        assertThat(run.path("SkippedRows").asLong()).isEqualTo(5);
        assertThat(run.path("UnknownBuildingDocuments").asLong()).isEqualTo(9);
        assertThat(run.path("RunSeconds").asDouble()).isEqualTo(13.04);
        assertThat(lines.get(1).path("Stage").asText()).isEqualTo("read-analyse");
        assertThat(lines.get(1).path("StageSeconds").asDouble()).isEqualTo(4.1);
        assertThat(lines.get(2).path("Stage").asText()).isEqualTo("write-db");
        assertThat(lines.get(3).path("SkipReason").asText()).isEqualTo("malformed_record");
        assertThat(lines.get(3).path("SkippedRows").asLong()).isEqualTo(2);
        assertThat(lines.get(4).path("SkipReason").asText()).isEqualTo("missing_building_id");
        assertThat(lines.get(4).path("SkippedRows").asLong()).isEqualTo(3);
        assertThat(lines)
                .allSatisfy(
                        line -> {
                            assertThat(line.path("runId").asText()).isEqualTo("2026-10-run");
                            assertThat(line.path("period").asText()).isEqualTo("2026-10");
                            assertThat(line.path("Component").asText()).isEqualTo("job");
                            assertThat(
                                            line.path("_aws")
                                                    .path("CloudWatchMetrics")
                                                    .get(0)
                                                    .path("Namespace")
                                                    .asText())
                                    .isEqualTo("StatBatch");
                        });
    }

    @Test
    void aFailedRunPublishesItsOutcomeStageErrorAndTheStagesItFinished() throws Exception {
        RunFailure failure =
                new RunFailure(
                        "2026-10-run",
                        OCTOBER,
                        "write-db",
                        new SQLException("connection refused"),
                        false,
                        false);

        List<JsonNode> lines =
                lines(
                        RunMetrics.records(
                                failure,
                                Map.of("read-analyse", Duration.ofSeconds(4)),
                                Duration.ofSeconds(9)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("Outcome").asText()).isEqualTo("FAILED");
        assertThat(lines.get(0).path("Runs").asLong()).isEqualTo(1);
        assertThat(lines.get(0).path("RunSeconds").asDouble()).isEqualTo(9.0);
        assertThat(lines.get(0).path("stage").asText()).isEqualTo("write-db");
        assertThat(lines.get(0).path("error").asText())
                .isEqualTo("java.sql.SQLException: connection refused");
        assertThat(lines.get(1).path("Stage").asText()).isEqualTo("read-analyse");
        assertThat(lines.get(1).path("runId").asText()).isEqualTo("2026-10-run");
    }

    private static List<JsonNode> lines(List<MetricRecord> records) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (MetricRecord record : records) {
            lines.add(JSON.readTree(record.toJson(AT)));
        }
        return lines;
    }

    private static List<String> metricNames(JsonNode line) {
        List<String> names = new ArrayList<>();
        line.path("_aws")
                .path("CloudWatchMetrics")
                .get(0)
                .path("Metrics")
                .forEach(metric -> names.add(metric.path("Name").asText()));
        return names;
    }
}
