package com.statbatch.job.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.execution.LogicalRDD;

/**
 * The datasets a run reads more than once, each kept as a local checkpoint: its rows stay in the
 * executors' block stores (memory, spilling to disk) and the dataset's plan becomes a leaf. A
 * cached dataset would keep its whole plan, and every query built on it (the ranking on the
 * aggregate, the summaries on the ranking, the trends on both) would plan, and print to the
 * listener bus at every adaptive stage, the plans of all the caches beneath it; that bookkeeping
 * was a quarter of a small run's time. The price is the lineage: a block lost with its executor
 * fails the run (recorded, signalled, and safe to rerun) instead of being recomputed from the
 * source. Closing releases them all, whether the run succeeded or failed, so a long-lived session
 * (a notebook, the tests) does not keep a failed month's data.
 */
public final class LocalCheckpoints implements AutoCloseable {

    private final List<RDD<?>> kept = new ArrayList<>();

    /**
     * {@code dataset} checkpointed locally, until {@link #close}. Lazily: its first action stores
     * the rows, though adaptive execution runs the shuffles beneath it now, so call this in the
     * stage that computes it.
     */
    public <T> Dataset<T> keep(Dataset<T> dataset) {
        Dataset<T> checkpointed = dataset.localCheckpoint(false);
        kept.add(((LogicalRDD) checkpointed.queryExecution().logical()).rdd());
        return checkpointed;
    }

    @Override
    public void close() {
        kept.forEach(rdd -> rdd.unpersist(false));
        kept.clear();
    }
}
