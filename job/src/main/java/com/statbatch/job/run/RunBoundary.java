package com.statbatch.job.run;

/** The points between a run's effects where a failure leaves a distinct state. */
public enum RunBoundary {
    /** The period is read and analysed; nothing is written yet. */
    AFTER_READ,
    /** Between two files of the run's own report. */
    MID_REPORT,
    /** Inside the swap transaction, before its commit. */
    MID_SWAP,
    /** Between two files copied to the canonical report folder. */
    MID_PUBLISH,
    /** Results and report are in place; the run row still says RUNNING. */
    BEFORE_RUN_RECORD,
    /** The run row says SUCCEEDED; nobody has been told. */
    BEFORE_NOTIFICATION,
    /** Everything is done. */
    AFTER_NOTIFICATION
}
