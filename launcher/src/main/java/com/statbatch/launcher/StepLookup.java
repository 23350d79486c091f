package com.statbatch.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks EMR again until it answers or the bounded wait is over: ListSteps (and ListClusters) may not
 * show a step yet right after RunJobFlow or AddJobFlowSteps answered.
 */
final class StepLookup {

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);
    private static final int LOOKS_AT_LEAST = 5;

    private final Duration wait;

    StepLookup(Duration wait) {
        this.wait = wait;
    }

    Duration waitLimit() {
        return wait;
    }

    <T> Optional<T> await(Supplier<Optional<T>> look) {
        long deadline = System.nanoTime() + wait.toNanos();
        Duration pause = min(wait.dividedBy(LOOKS_AT_LEAST), LONGEST_PAUSE);
        while (true) {
            Optional<T> found = look.get();
            if (found.isPresent() || System.nanoTime() >= deadline) {
                return found;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "Interrupted while waiting for EMR to list a step", e);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
