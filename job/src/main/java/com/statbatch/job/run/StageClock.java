package com.statbatch.job.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times the stages of a run and remembers which one is under way, for the failure report. */
public final class StageClock {

    private static final Logger LOG = LoggerFactory.getLogger(StageClock.class);

    @FunctionalInterface
    public interface Stage<T> {
        T run() throws Exception;
    }

    private final Map<String, Duration> times = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private volatile String current = "start";
    private Consumer<String> onStage = stage -> {};

    /**
     * Called with each stage's name as it starts, on the thread that runs it (e.g. to label the
     * Spark jobs it runs).
     */
    public void onStage(Consumer<String> listener) {
        this.onStage = listener;
    }

    public <T> T time(String stage, Stage<T> work) throws Exception {
        current = stage;
        return measure(stage, work);
    }

    /** A stage that runs beside others. */
    public record Parallel<T>(String name, Stage<T> work) {}

    /**
     * Runs the stages side by side, the first on this thread and each other one on a thread of its
     * own, and returns their results in order once all are done; each stage's time is recorded. A
     * failure is thrown (the first stage's in the list order, the others' suppressed on it) with
     * its stage as the current one, and the results of the stages that succeeded are closed if they
     * are {@link AutoCloseable}, since nobody will use them.
     */
    public <T> List<T> together(List<Parallel<T>> stages) throws Exception {
        if (stages.isEmpty()) {
            return List.of();
        }
        List<FutureTask<T>> others = new ArrayList<>();
        for (Parallel<T> stage : stages.subList(1, stages.size())) {
            FutureTask<T> task = new FutureTask<>(() -> measure(stage.name(), stage.work()));
            Thread thread = new Thread(task, "stage-" + stage.name());
            thread.setDaemon(true);
            thread.start();
            others.add(task);
        }
        List<T> results = new ArrayList<>();
        Exception failure = null;
        String failedStage = null;
        for (int i = 0; i < stages.size(); i++) {
            try {
                results.add(
                        i == 0
                                ? time(stages.get(0).name(), stages.get(0).work())
                                : others.get(i - 1).get());
            } catch (Exception e) {
                Exception cause =
                        e instanceof ExecutionException && e.getCause() instanceof Exception c
                                ? c
                                : e;
                if (failure == null) {
                    failure = cause;
                    failedStage = stages.get(i).name();
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            current = failedStage;
            for (T result : results) {
                if (result instanceof AutoCloseable unused) {
                    try {
                        unused.close();
                    } catch (Exception e) {
                        failure.addSuppressed(e);
                    }
                }
            }
            throw failure;
        }
        return results;
    }

    private <T> T measure(String stage, Stage<T> work) throws Exception {
        onStage.accept(stage);
        LOG.info("Stage {} ...", stage);
        long begin = System.nanoTime();
        T result = work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        synchronized (times) {
            times.merge(stage, took, Duration::plus);
        }
        LOG.info("Stage {} done in {} ms", stage, took.toMillis());
        return result;
    }

    public String currentStage() {
        return current;
    }

    /** Stage times in the order the stages ran. */
    public Map<String, Duration> times() {
        synchronized (times) {
            return new LinkedHashMap<>(times);
        }
    }

    public Duration total() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
