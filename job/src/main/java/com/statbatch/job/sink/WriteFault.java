package com.statbatch.job.sink;

import java.io.Serializable;

/**
 * Called on the executor after each row reaches the staging table. Production passes {@link #NONE};
 * tests use it to break a write half-way, as a killed executor or a lost connection would, and
 * check that the period's previous results survive.
 */
@FunctionalInterface
public interface WriteFault extends Serializable {

    WriteFault NONE = (table, partition, attempt, rows) -> {};

    void afterRow(String table, int partition, int attempt, long rowsWritten);
}
