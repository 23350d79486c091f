package com.statbatch.job.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * The datasets a run caches because it reads them more than once; closing releases them all,
 * whether the run succeeded or failed, so a long-lived session (a notebook, the tests) does not
 * keep a failed month's data.
 */
public final class CachedDatasets implements AutoCloseable {

    private final List<Dataset<?>> cached = new ArrayList<>();

    /** Persists {@code dataset} (memory, spilling to disk) until {@link #close}. */
    public <T> Dataset<T> keep(Dataset<T> dataset) {
        cached.add(dataset.persist(StorageLevel.MEMORY_AND_DISK()));
        return dataset;
    }

    /** How many datasets are held. */
    public int size() {
        return cached.size();
    }

    @Override
    public void close() {
        cached.forEach(Dataset::unpersist);
        cached.clear();
    }
}
