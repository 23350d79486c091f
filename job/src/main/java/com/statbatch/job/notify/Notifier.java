package com.statbatch.job.notify;

import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunSummary;

/** The completion signal of a run. */
public interface Notifier extends AutoCloseable {

    void succeeded(RunSummary summary);

    void failed(RunFailure failure);

    @Override
    default void close() {}
}
