package com.statbatch.job.run;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.JobSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * The session settings one run needs, applied for the run and put back as they were when it ends,
 * so a session a caller (a notebook, a test suite, the local runner) hands the job is left as it
 * was found. It also labels the run's Spark jobs with the run id and the stage under way, so the
 * Spark UI shows the stage names the run prints.
 */
public final class SessionScope implements AutoCloseable {

    /** The thread-local properties that {@link SparkContext#setJobGroup} and descriptions set. */
    private static final List<String> JOB_PROPERTIES =
            List.of("spark.jobGroup.id", "spark.job.description", "spark.job.interruptOnCancel");

    private final SparkSession spark;
    private final String runId;
    private final Map<String, Optional<String>> previous = new LinkedHashMap<>();
    private final Map<String, Optional<String>> previousHadoop = new LinkedHashMap<>();
    private final Map<String, Optional<String>> previousJobProperties = new LinkedHashMap<>();

    private SessionScope(
            SparkSession spark,
            String runId,
            Map<String, String> settings,
            Map<String, String> hadoopSettings) {
        this.spark = spark;
        this.runId = runId;
        RuntimeConfig conf = spark.conf();
        settings.forEach(
                (key, value) -> {
                    previous.put(key, toOptional(conf.getOption(key)));
                    conf.set(key, value);
                });
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        hadoopSettings.forEach(
                (key, value) -> {
                    previousHadoop.put(key, Optional.ofNullable(hadoop.get(key)));
                    hadoop.set(key, value);
                });
        SparkContext context = spark.sparkContext();
        JOB_PROPERTIES.forEach(
                key ->
                        previousJobProperties.put(
                                key, Optional.ofNullable(context.getLocalProperty(key))));
        context.setJobGroup(runId, "stat-batch run " + runId, false);
    }

    /**
     * Timestamps without an offset are Seoul time whatever the JVM's or the cluster's zone; the
     * shuffle is sized to the cores unless configured (analysis.shuffle-partitions, 0 for twice the
     * default parallelism); s3a goes where aws.s3-endpoint points.
     */
    public static SessionScope forRun(SparkSession spark, JobSettings run) {
        int partitions =
                run.shufflePartitions() > 0
                        ? run.shufflePartitions()
                        : 2 * spark.sparkContext().defaultParallelism();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spark.sql.session.timeZone", StatPeriod.ZONE.getId());
        settings.put("spark.sql.shuffle.partitions", Integer.toString(partitions));
        settings.put("spark.sql.adaptive.enabled", "true");
        return new SessionScope(
                spark, run.runId(), settings, S3aEndpoint.hadoopSettings(run.aws()));
    }

    /** Labels the Spark jobs that follow, on this thread, with the stage. */
    public void describe(String stage) {
        spark.sparkContext().setJobDescription("stat-batch " + runId + ": " + stage);
    }

    @Override
    public void close() {
        RuntimeConfig conf = spark.conf();
        previous.forEach(
                (key, value) ->
                        value.ifPresentOrElse(v -> conf.set(key, v), () -> conf.unset(key)));
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        previousHadoop.forEach(
                (key, value) ->
                        value.ifPresentOrElse(v -> hadoop.set(key, v), () -> hadoop.unset(key)));
        SparkContext context = spark.sparkContext();
        previousJobProperties.forEach(
                (key, value) -> context.setLocalProperty(key, value.orElse(null)));
    }

    private static Optional<String> toOptional(Option<String> option) {
        return option.isDefined() ? Optional.of(option.get()) : Optional.empty();
    }
}
