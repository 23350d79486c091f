package com.statbatch.launcher;

import com.statbatch.common.metrics.MetricRecord;
import com.statbatch.launcher.LaunchRequest.Trigger;

/**
 * The launcher's figures as embedded-metric log lines (namespace StatBatch, Component=launcher):
 * one line per month launched or failed, per step event and per freshness check, each with the
 * period, run id and Lambda request id as properties.
 */
final class LauncherMetrics {

    private static final String COMPONENT = "launcher";

    private LauncherMetrics() {}

    static MetricRecord launched(LaunchOutcome outcome, Trigger trigger, String requestId) {
        return MetricRecord.of(COMPONENT)
                .dimension("Outcome", outcome.result().name())
                .count("Launches", 1)
                .property("trigger", trigger.name())
                .property("period", outcome.period())
                .property("runId", outcome.runId())
                .property("stepId", outcome.stepId())
                .property("requestId", requestId);
    }

    static MetricRecord launchFailed(LaunchFailedException failure, String requestId) {
        return MetricRecord.of(COMPONENT)
                .dimension("Outcome", "FAILED")
                .count("Launches", 1)
                .property("period", failure.period())
                .property("stage", failure.stage().label())
                .property("requestId", requestId);
    }

    static MetricRecord stepEvent(StepFailureRecorder.Outcome outcome, String requestId) {
        return MetricRecord.of(COMPONENT)
                .dimension("StepEvent", outcome.result().name())
                .count("StepEvents", 1)
                .property("period", outcome.period())
                .property("runId", outcome.runId())
                .property("stepId", outcome.stepId())
                .property("stepState", outcome.stepState())
                .property("requestId", requestId);
    }

    /** MonthSucceeded is 1 or 0: a graph of it shows every month that was late. */
    static MetricRecord freshness(FreshnessCheck.Outcome outcome, String requestId) {
        return MetricRecord.of(COMPONENT)
                .count("MonthSucceeded", outcome.succeeded() ? 1 : 0)
                .property("period", outcome.period())
                .property("latestRun", outcome.latestRun())
                .property("requestId", requestId);
    }
}
