package com.statbatch.job.local;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Numbered progress lines, "[2/5] applying migrations ..." followed by the step's result and time.
 */
final class Progress {

    private final PrintStream out;
    private final int steps;
    private int step;
    private String current = "preparing";
    private long startedNanos;

    Progress(PrintStream out, int steps) {
        this.out = out;
        this.steps = steps;
    }

    void start(String what) {
        step++;
        current = what;
        startedNanos = System.nanoTime();
        out.println("[" + step + "/" + steps + "] " + what + " ...");
    }

    /** The step under way (or the last one started), for error messages. */
    String current() {
        return current;
    }

    void done(String result) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        out.println(String.format(Locale.ROOT, "      %s (%.1fs)", result, seconds));
    }
}
