package com.statbatch.job.run;

import com.statbatch.common.period.StatPeriod;

/** Why a run failed: the stage it was in and the error. */
public record RunFailure(String runId, StatPeriod period, String stage, Throwable error) {

    /** "ClassName: message", the form stored on the run row and sent in the alert. */
    public String errorText() {
        return error.getClass().getName() + ": " + error.getMessage();
    }
}
