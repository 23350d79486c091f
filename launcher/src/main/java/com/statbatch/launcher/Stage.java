package com.statbatch.launcher;

import java.util.Locale;

/**
 * Where an invocation failed; named in alerts and error responses so the reader knows where to
 * look.
 */
public enum Stage {
    EVENT,
    CONFIGURATION,
    DATABASE,
    MASTER_SYNC,
    EXACTLY_ONCE_CHECK,
    SUBMIT,
    RECORD_RUN,
    /** A defect in the launcher itself: the alert carries the exception. */
    INTERNAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
