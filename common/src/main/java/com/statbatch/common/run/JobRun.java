package com.statbatch.common.run;

import java.time.Instant;

/** One row of stat_job_run, as far as deciding what to do next needs it. */
public record JobRun(
        String runId,
        long periodId,
        RunStatus status,
        String clusterId,
        String stepId,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        String errorStage,
        String errorMessage) {}
