package com.statbatch.job.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input file formats the file source reads. */
public enum FileFormat {
    JSONL,
    CSV,
    PARQUET;

    public static FileFormat parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "Unknown input format '"
                            + value
                            + "'; expected one of "
                            + Arrays.stream(values())
                                    .map(f -> f.name().toLowerCase(Locale.ROOT))
                                    .collect(Collectors.joining(", ")));
        }
    }
}
