package com.statbatch.job.run;

import com.statbatch.common.metrics.MetricRecord;
import com.statbatch.common.run.RunCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's figures as embedded-metric log lines (namespace StatBatch, Component=job), with the run
 * id and period on every line: one line for the run (its outcome as a dimension, documents,
 * buildings, keyword rows, skipped and truncated rows, seconds), one per stage (seconds) and one
 * per skip reason (rows). Writing them is a log write: nothing here can fail the run. Dry runs
 * write nothing, since they are not runs of the month.
 */
public final class RunMetrics {

    private static final String COMPONENT = "job";

    private RunMetrics() {}

    public static void succeeded(RunSummary summary) {
        if (!summary.dryRun()) {
            records(summary).forEach(MetricRecord::emit);
        }
    }

    public static void failed(
            RunFailure failure, Map<String, Duration> stageTimes, Duration total) {
        records(failure, stageTimes, total).forEach(MetricRecord::emit);
    }

    static List<MetricRecord> records(RunSummary summary) {
        String runId = summary.runId();
        String period = summary.period().label();
        RunCounts counts = summary.counts();
        List<MetricRecord> records = new ArrayList<>();
        records.add(
                run("SUCCEEDED", runId, period, summary.total())
                        .count("Documents", counts.documents())
                        .count("Buildings", counts.buildings())
                        .count("KeywordRows", counts.keywords())
                        .count("SkippedRows", counts.skippedTotal())
                        .count("UnknownBuildingDocuments", counts.unknownBuildingDocuments())
                        .count("TruncatedDocuments", counts.truncatedDocuments())
                        .property("source", summary.source())
                        .property("csvUri", summary.keywordsCsv()));
        records.addAll(stages(summary.stageTimes(), runId, period));
        new TreeMap<>(counts.skippedRows())
                .forEach(
                        (reason, rows) ->
                                records.add(
                                        line(runId, period)
                                                .dimension("SkipReason", reason)
                                                .count("SkippedRows", rows)));
        return records;
    }

    static List<MetricRecord> records(
            RunFailure failure, Map<String, Duration> stageTimes, Duration total) {
        String runId = failure.runId();
        String period = failure.period().label();
        List<MetricRecord> records = new ArrayList<>();
        records.add(
                run("FAILED", runId, period, total)
                        .property("stage", failure.stage())
                        .property("error", failure.errorText()));
        records.addAll(stages(stageTimes, runId, period));
        return records;
    }

    private static MetricRecord run(String outcome, String runId, String period, Duration total) {
        return MetricRecord.of(COMPONENT)
                .dimension("Outcome", outcome)
                .count("Runs", 1)
                .seconds("RunSeconds", seconds(total))
                .property("runId", runId)
                .property("period", period);
    }

    private static List<MetricRecord> stages(
            Map<String, Duration> stageTimes, String runId, String period) {
        List<MetricRecord> records = new ArrayList<>();
        stageTimes.forEach(
                (stage, took) ->
                        records.add(
                                line(runId, period)
                                        .dimension("Stage", stage)
                                        .seconds("StageSeconds", seconds(took))));
        return records;
    }

    private static MetricRecord line(String runId, String period) {
        return MetricRecord.of(COMPONENT).property("runId", runId).property("period", period);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
