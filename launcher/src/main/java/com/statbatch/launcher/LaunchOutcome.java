package com.statbatch.launcher;

import com.statbatch.common.master.MasterSync;

/**
 * What happened to one month: a step was submitted, or one was already live and nothing was
 * submitted. runId is null for a live step found only on the cluster (ListSteps), without a row.
 */
public record LaunchOutcome(
        String period,
        Result result,
        String runId,
        String clusterId,
        String stepId,
        String stepState,
        MasterSync.Result masterSync) {

    public enum Result {
        SUBMITTED,
        ALREADY_ACTIVE
    }

    @Override
    public String toString() {
        return period + " " + result + " run " + runId + " step " + stepId + " on " + clusterId
                + " (" + stepState + ")";
    }
}
