package com.statbatch.job.run;

import com.statbatch.common.run.RunCounts;
import com.statbatch.job.trend.PreviousMonth;
import java.util.Optional;

/**
 * A run that keeps and tells nothing: no schema change, master sync or run row, no comparison with
 * stored months (their tables may not exist yet), nobody notified.
 */
public final class DryRun implements RunBookkeeping {

    /** A dry run has no row in stat_period. */
    public static final long NO_PERIOD_ID = -1;

    @Override
    public long begin() {
        return NO_PERIOD_ID;
    }

    @Override
    public Optional<PreviousMonth> previousMonth() {
        return Optional.empty();
    }

    @Override
    public void recordSucceeded(RunCounts counts) {}

    @Override
    public void signalSucceeded(RunSummary summary) {}

    @Override
    public void failed(RunFailure failure) {}
}
