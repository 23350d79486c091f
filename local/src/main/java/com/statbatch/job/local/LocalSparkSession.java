package com.statbatch.job.local;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session on every core of this machine, reachable only from it and without the web UI.
 * When the JVM already has a session (a test's), that one is used and left running.
 */
public final class LocalSparkSession implements AutoCloseable {

    static final String MASTER = "local[*]";

    private final SparkSession session;
    private final boolean owned;

    private LocalSparkSession(SparkSession session, boolean owned) {
        this.session = session;
        this.owned = owned;
    }

    public static LocalSparkSession start() {
        return start(MASTER);
    }

    /**
     * @param master local[*], or local[N] for N cores
     */
    public static LocalSparkSession start(String master) {
        boolean existing = SparkSession.getDefaultSession().isDefined();
        SparkSession session =
                SparkSession.builder()
                        .master(master)
                        .appName("stat-batch local")
                        .config("spark.ui.enabled", false)
                        // The machine's host name may not resolve (containers, laptops off the
                        // network).
                        .config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .getOrCreate();
        return new LocalSparkSession(session, !existing);
    }

    public SparkSession session() {
        return session;
    }

    @Override
    public void close() {
        if (owned) {
            session.stop();
        }
    }
}
