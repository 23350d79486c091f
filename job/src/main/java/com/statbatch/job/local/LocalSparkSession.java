package com.statbatch.job.local;

import org.apache.spark.sql.SparkSession;

/** A Spark session on every core of this machine, reachable only from it and without the web UI. */
final class LocalSparkSession {

    static final String MASTER = "local[*]";

    private LocalSparkSession() {}

    static SparkSession start() {
        return SparkSession.builder()
                .master(MASTER)
                .appName("stat-batch local")
                .config("spark.ui.enabled", false)
                // The machine's host name may not resolve (containers, laptops off the network).
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
