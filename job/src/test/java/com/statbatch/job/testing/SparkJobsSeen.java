package com.statbatch.job.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** The properties of every Spark job that starts while some work runs, in the order they start. */
public final class SparkJobsSeen {

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private SparkJobsSeen() {}

    public static List<Properties> during(SparkSession spark, Work work) throws Exception {
        List<Properties> seen = new ArrayList<>();
        SparkListener listener =
                new SparkListener() {
                    @Override
                    public void onJobStart(SparkListenerJobStart job) {
                        synchronized (seen) {
                            seen.add(job.properties());
                        }
                    }
                };
        spark.sparkContext().addSparkListener(listener);
        try {
            work.run();
            spark.sparkContext().listenerBus().waitUntilEmpty();
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }
}
