package com.statbatch.job.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.storage.StorageLevel;

/**
 * The datasets a run reads more than once, in the executors' block stores (memory, spilling to
 * disk) until the run ends; closing releases them all, whether the run succeeded or failed, so a
 * long-lived session (a notebook, the tests) does not keep a failed month's data.
 *
 * <p>Two ways to keep one. A {@linkplain #cache cached} dataset keeps its plan and its lineage: a
 * partition lost with its executor is recomputed from the source, and its columns are stored
 * compressed. But every query built on it plans it again, and adaptive execution posts the text of
 * the query's plan, with the plans of all the caches beneath it printed inside, to the listener bus
 * at every stage; down a chain of cached datasets that bookkeeping was a quarter of a small run's
 * time. A {@linkplain #checkpoint checkpointed} dataset's plan is a leaf, at the price of its
 * lineage: a block lost with its executor fails the run (recorded, signalled, safe to rerun). So
 * the one pass's aggregate, expensive to recompute and large, is cached; what is derived from it,
 * and built upon in turn, is checkpointed.
 */
public final class KeptDatasets implements AutoCloseable {

    private final List<Dataset<?>> cached = new ArrayList<>();
    private final List<RDD<?>> checkpointed = new ArrayList<>();

    /** {@code dataset} persisted with its plan, until {@link #close}. */
    public <T> Dataset<T> cache(Dataset<T> dataset) {
        cached.add(dataset.persist(StorageLevel.MEMORY_AND_DISK()));
        return dataset;
    }

    /**
     * {@code dataset} checkpointed locally, until {@link #close}. Lazily: its first action stores
     * the rows, though adaptive execution runs the shuffles beneath it now, so call this in the
     * stage that computes it.
     */
    public <T> Dataset<T> checkpoint(Dataset<T> dataset) {
        Dataset<T> leaf = dataset.localCheckpoint(false);
        checkpointed.add(((LogicalRDD) leaf.queryExecution().logical()).rdd());
        return leaf;
    }

    @Override
    public void close() {
        // Blocking, so a session stopped right after the run has nothing left to remove.
        cached.forEach(dataset -> dataset.unpersist(true));
        checkpointed.forEach(rdd -> rdd.unpersist(true));
        cached.clear();
        checkpointed.clear();
    }
}
