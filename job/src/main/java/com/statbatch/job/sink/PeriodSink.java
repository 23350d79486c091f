package com.statbatch.job.sink;

import java.util.Map;

/**
 * A place a period's results go, in two phases, so that no month is ever half visible: {@link
 * #stage} writes everything aside and says how many rows it wrote; the run checks every sink's rows
 * against its own counts and only then commits the sinks, in order. A dry run has no sinks.
 */
public interface PeriodSink {

    /** The run stage its writes are timed and reported under (write-db, write-report). */
    String name();

    /** The run stage its commit is timed and reported under (swap, publish-report). */
    String commitStage();

    /** Writes the output where nobody reads it yet; the period's visible results do not change. */
    Staged stage(PeriodOutput output) throws Exception;

    /** What a sink wrote aside, waiting for the run's commit. */
    interface Staged extends AutoCloseable {

        /** Rows written, by the table they belong to ({@link StagingSwapWriter#KEYWORDS}, ...). */
        Map<String, Long> written();

        /**
         * Makes what was staged the period's.
         *
         * @return whether the period now shows this run's output (false when a later run's output
         *     overtook it, which is then the period's instead)
         */
        boolean commit() throws Exception;

        /** Removes what was staged and not committed; a no-op after the commit. */
        @Override
        void close();
    }
}
