package com.statbatch.job.run;

import com.statbatch.common.run.RunCounts;
import com.statbatch.job.trend.PreviousMonth;
import java.util.Optional;

/**
 * What a run keeps and tells outside its results: before the read, the schema, the master tables
 * and the run row; after the sinks' commit, the run row's outcome and the people told. {@link
 * RecordedRun} keeps it in PostgreSQL and signals through the notifier; {@link DryRun} keeps none
 * of it, so a dry run is the same flow with no sink and nothing written.
 */
public interface RunBookkeeping {

    /**
     * Before anything is read.
     *
     * @return the period's id in stat_period
     */
    long begin() throws Exception;

    /** The stored month this period's trends compare with, if there is one. */
    Optional<PreviousMonth> previousMonth() throws Exception;

    /** The results are committed: the run row says SUCCEEDED, with its counts. */
    void recordSucceeded(RunCounts counts) throws Exception;

    /** Tells the people the run succeeded; a failure to tell does not fail the run. */
    void signalSucceeded(RunSummary summary);

    /** Records and tells a failure; what goes wrong doing so rides along the failure's error. */
    void failed(RunFailure failure);
}
