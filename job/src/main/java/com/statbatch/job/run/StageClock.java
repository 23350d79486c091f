package com.statbatch.job.run;

import java.time.Duration;
import java.util.LinkedHashMap;
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

    /** What two stages run side by side returned. */
    public record Both<M, S>(M main, S side) {}

    /**
     * Runs {@code side} on a thread of its own while {@code main} runs on this one, and returns
     * both results once both are done; each stage's time is recorded. A failure of either is thrown
     * (the main stage's first) with its stage as the current one, and the other's result, if it is
     * {@link AutoCloseable}, is closed.
     */
    public <M, S> Both<M, S> alongside(
            String mainStage, Stage<M> main, String sideStage, Stage<S> side) throws Exception {
        FutureTask<S> sideTask = new FutureTask<>(() -> measure(sideStage, side));
        Thread thread = new Thread(sideTask, "stage-" + sideStage);
        thread.setDaemon(true);
        thread.start();
        M mainResult;
        try {
            mainResult = time(mainStage, main);
        } catch (Exception e) {
            thread.join();
            discard(sideTask::get, e);
            throw e;
        }
        current = sideStage;
        try {
            return new Both<>(mainResult, sideTask.get());
        } catch (ExecutionException e) {
            Exception failure = e.getCause() instanceof Exception cause ? cause : e;
            discard(() -> mainResult, failure);
            throw failure;
        }
    }

    /** A result nobody will use is closed; its own failure rides along the one thrown. */
    private static void discard(Stage<?> result, Exception thrown) {
        try {
            if (result.run() instanceof AutoCloseable unused) {
                unused.close();
            }
        } catch (Exception e) {
            thrown.addSuppressed(e);
        }
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
