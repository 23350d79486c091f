package com.statbatch.job.testing;

import com.statbatch.job.report.ReportFileWriter;
import com.statbatch.job.run.RunFault;
import com.statbatch.job.run.RunFaults;
import com.statbatch.job.sink.WriteFault;
import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One fault at one boundary of a run, as {@link RunFaults}: the boundary names where (the
 * executors' COPY, a report file, or a driver boundary), the action what happens there, once.
 */
public final class InjectedFault {

    /** Where, in the order a run gets there. */
    public enum Boundary {
        AFTER_READ("after the read"),
        MID_REPORT("mid-report (run's own files)"),
        MID_COPY("mid-COPY"),
        MID_SWAP("mid-swap"),
        MID_PUBLISH("mid-publish (canonical copy)"),
        BEFORE_RUN_RECORD("before the run record"),
        BEFORE_NOTIFICATION("before the notification"),
        AFTER_NOTIFICATION("after the notification");

        public final String label;

        Boundary(String label) {
            this.label = label;
        }
    }

    /** What happens there; runs on the driver or, for {@link Boundary#MID_COPY}, an executor. */
    @FunctionalInterface
    public interface Action extends Serializable {
        void happen() throws Exception;
    }

    private InjectedFault() {}

    /**
     * @param onlyFirstAttempt for MID_COPY: break only the first attempt of each task (a lost
     *     connection is retried), else every attempt (the write cannot succeed)
     */
    public static RunFaults at(Boundary boundary, Action action, boolean onlyFirstAttempt) {
        AtomicBoolean fired = new AtomicBoolean();
        RunFault driver =
                reached -> {
                    // Matched by name: MID_COPY is the executors', not a RunBoundary.
                    if (reached.name().equals(boundary.name()) && !fired.getAndSet(true)) {
                        action.happen();
                    }
                };
        WriteFault copy =
                boundary == Boundary.MID_COPY
                        ? (table, partition, attempt, rows) -> {
                            // Every task, after its first row: a month of a few buildings
                            // leaves some partitions empty, so no one partition is sure to copy.
                            if (table.startsWith("stat_keyword_stage")
                                    && rows == 1
                                    && (attempt == 0 || !onlyFirstAttempt)) {
                                run(action);
                            }
                        }
                        : WriteFault.NONE;
        ReportFileWriter.FileWritten file =
                destination -> {
                    boolean ownFile = destination.contains("/runs/");
                    if ((boundary == Boundary.MID_REPORT && ownFile
                                    || boundary == Boundary.MID_PUBLISH && !ownFile)
                            && !fired.getAndSet(true)) {
                        try {
                            action.happen();
                        } catch (IOException | RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new IOException(e);
                        }
                    }
                };
        return new RunFaults(driver, copy, file);
    }

    /** Kills this JVM at once, as the OOM killer or a lost node would: no finally, no hook. */
    public static void killThisJvm() throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
                .inheritIO()
                .start()
                .waitFor();
        Thread.sleep(60_000);
        throw new IllegalStateException("kill -9 did not kill the JVM");
    }

    private static void run(Action action) {
        try {
            action.happen();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
