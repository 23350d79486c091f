package com.statbatch.job.run;

/**
 * Called by the run at each {@link RunBoundary}. Production passes {@link #NONE}; the fault-matrix
 * test throws, kills connections, stops servers or kills the JVM there, and checks that every state
 * it leaves is whole and repaired by the next run.
 */
@FunctionalInterface
public interface RunFault {

    RunFault NONE = boundary -> {};

    void at(RunBoundary boundary) throws Exception;
}
