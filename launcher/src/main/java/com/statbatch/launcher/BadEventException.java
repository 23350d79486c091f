package com.statbatch.launcher;

/**
 * The event cannot be turned into months. Names the offending field and the form it should have, so
 * that an API Gateway caller gets a useful 400 and a manual caller a useful error.
 */
public final class BadEventException extends IllegalArgumentException {

    private final String field;
    private final String expected;

    public BadEventException(String field, String problem, String expected) {
        super("Field '" + field + "' " + problem + "; expected " + expected);
        this.field = field;
        this.expected = expected;
    }

    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }
}
