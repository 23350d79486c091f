package com.statbatch.job.testing;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session per test JVM. local[2,3]: two cores, and a failed task is retried (up to
 * three attempts) as on a cluster, which the write-retry tests depend on.
 */
public final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    public static synchronized SparkSession session() {
        if (session == null) {
            session =
                    SparkSession.builder()
                            .master("local[2,3]")
                            .appName("stat-batch tests")
                            .config("spark.ui.enabled", false)
                            .config("spark.sql.shuffle.partitions", 4)
                            .config("spark.default.parallelism", 2)
                            .config("spark.driver.host", "127.0.0.1")
                            .getOrCreate();
        }
        return session;
    }
}
