package com.statbatch.common.run;

/** Life of a run: the launcher records SUBMITTED, the job RUNNING and then SUCCEEDED or FAILED. */
public enum RunStatus {
    SUBMITTED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    /** A run that may still write the period's results: a second one must not be started. */
    public boolean isActive() {
        return this == SUBMITTED || this == RUNNING;
    }
}
