package com.statbatch.job.run;

import com.statbatch.common.period.StatPeriod;

/**
 * Why a run failed: the stage it was in and the error.
 *
 * @param resultsSwapped the failure came after the swap committed: the tables hold this run's
 *     results
 * @param reportPublished the run's report was published at the canonical key too; when the results
 *     are swapped and the report is not, the next run of the period publishes it
 */
public record RunFailure(
        String runId,
        StatPeriod period,
        String stage,
        Throwable error,
        boolean resultsSwapped,
        boolean reportPublished) {

    /** "ClassName: message", the form stored on the run row and sent in the alert. */
    public String errorText() {
        return error.getClass().getName() + ": " + error.getMessage();
    }
}
