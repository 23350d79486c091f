package com.statbatch.job.trend;

import com.typesafe.config.Config;
import java.io.Serializable;

/**
 * The {@code trend.*} configuration.
 *
 * @param minDocuments a term or category counts as present in a building's month from this many
 *     documents on; below it on both sides there is no trend, below it last month and at it now is
 *     NEW
 * @param zThreshold |z| of the two-proportion z-test from which a change of share is RISING or
 *     FALLING (2.58: two-sided p &lt; 0.01)
 */
public record TrendSettings(int minDocuments, double zThreshold) implements Serializable {

    public static final String MIN_DOCUMENTS_KEY = "trend.min-documents";
    public static final String Z_THRESHOLD_KEY = "trend.z-threshold";

    public TrendSettings {
        if (minDocuments < 1) {
            throw new IllegalArgumentException(
                    MIN_DOCUMENTS_KEY + " = " + minDocuments + " must be at least 1");
        }
        if (!(zThreshold > 0) || Double.isInfinite(zThreshold)) {
            throw new IllegalArgumentException(
                    Z_THRESHOLD_KEY
                            + " = "
                            + zThreshold
                            + " must be a positive number, e.g. 1.96 (p < 0.05) or 2.58 (p < 0.01)");
        }
    }

    public static TrendSettings fromConfig(Config config) {
        return new TrendSettings(
                config.getInt(MIN_DOCUMENTS_KEY), config.getDouble(Z_THRESHOLD_KEY));
    }
}
