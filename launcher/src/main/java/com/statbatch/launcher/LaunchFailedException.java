package com.statbatch.launcher;

import java.util.List;

/**
 * A month could not be launched. Carries the month, the stage and the months this invocation had
 * already handled, which is what an alert must say; the cause says why.
 */
public final class LaunchFailedException extends RuntimeException {

    private final String period;
    private final Stage stage;
    private final String reason;
    private final transient List<LaunchOutcome> handledBefore;

    public LaunchFailedException(String period, Stage stage, String reason, Throwable cause) {
        this(period, stage, reason, cause, List.of());
    }

    private LaunchFailedException(
            String period,
            Stage stage,
            String reason,
            Throwable cause,
            List<LaunchOutcome> handledBefore) {
        super("Launching " + period + " failed at " + stage.label() + ": " + reason, cause);
        this.period = period;
        this.stage = stage;
        this.reason = reason;
        this.handledBefore = List.copyOf(handledBefore);
    }

    /** The same failure, knowing which earlier months of a range were handled. */
    public LaunchFailedException after(List<LaunchOutcome> handled) {
        LaunchFailedException copy =
                new LaunchFailedException(period, stage, reason, getCause(), handled);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * The same failure fit to leave the function: the reason without secrets and no cause, whose
     * message could carry them; the stack trace is where the cause was thrown.
     */
    LaunchFailedException redacted(SecretRedactor redactor) {
        LaunchFailedException safe =
                new LaunchFailedException(
                        period, stage, redactor.redact(reason), null, handledBefore);
        Throwable origin = this;
        while (origin.getCause() != null) {
            origin = origin.getCause();
        }
        safe.setStackTrace(origin.getStackTrace());
        return safe;
    }

    public String period() {
        return period;
    }

    public Stage stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }

    public List<LaunchOutcome> handledBefore() {
        return handledBefore;
    }
}
