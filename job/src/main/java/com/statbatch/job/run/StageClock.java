package com.statbatch.job.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private String current = "start";
    private Consumer<String> onStage = stage -> {};

    /** Called with each stage's name as it starts (e.g. to label the Spark jobs it runs). */
    public void onStage(Consumer<String> listener) {
        this.onStage = listener;
    }

    public <T> T time(String stage, Stage<T> work) throws Exception {
        current = stage;
        onStage.accept(stage);
        LOG.info("Stage {} ...", stage);
        long begin = System.nanoTime();
        T result = work.run();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        times.merge(stage, took, Duration::plus);
        LOG.info("Stage {} done in {} ms", stage, took.toMillis());
        return result;
    }

    public String currentStage() {
        return current;
    }

    /** Stage times in the order the stages ran. */
    public Map<String, Duration> times() {
        return new LinkedHashMap<>(times);
    }

    public Duration total() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
