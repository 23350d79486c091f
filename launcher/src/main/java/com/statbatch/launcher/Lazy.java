package com.statbatch.launcher;

import java.util.function.Supplier;

/**
 * Builds a value on first use and keeps it for the life of the Lambda container. A failure is not
 * kept: the next invocation tries again (a secret may have been fixed in the meantime).
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }

    synchronized boolean isBuilt() {
        return value != null;
    }
}
