package com.statbatch.launcher;

import com.statbatch.common.master.MasterTableSettings;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a launch reads from the launcher and master sections, checked once per container so that a
 * missing variable or a bad table name is reported by name before anything is synced or submitted.
 * The aws, db and notify sections have their own settings (see {@link LauncherRuntime}).
 */
public record LauncherSettings(
        String clusterId,
        SparkSubmitCommand command,
        int maxRangeMonths,
        Optional<TransientClusterSettings> transientCluster,
        MasterTableSettings master,
        Duration stepLookupWait) {

    private static final Pattern CLUSTER_ID = Pattern.compile("j-[A-Z0-9]+");

    public LauncherSettings {
        if (transientCluster.isEmpty() && !CLUSTER_ID.matcher(clusterId).matches()) {
            throw new IllegalArgumentException(
                    "launcher.cluster-id is '"
                            + clusterId
                            + "', not an EMR cluster id; set EMR_CLUSTER_ID to the running cluster's id (j-…),"
                            + " or EMR_TRANSIENT_CLUSTER=true to start a cluster per month");
        }
        if (stepLookupWait.isNegative()) {
            throw new IllegalArgumentException(
                    "launcher.step-lookup-wait is "
                            + stepLookupWait
                            + "; set LAUNCHER_STEP_LOOKUP_WAIT to 0s or longer, e.g. 20s");
        }
        if (maxRangeMonths < 1) {
            throw new IllegalArgumentException(
                    "launcher.max-range-months is " + maxRangeMonths + "; it must be at least 1");
        }
    }

    public static LauncherSettings fromConfig(Config config) {
        SparkSubmitCommand command =
                new SparkSubmitCommand(
                        required(config, "launcher.job-jar-uri", "JOB_JAR_URI"),
                        required(config, "launcher.config-uri", "JOB_CONFIG_URI"),
                        SparkSubmitCommand.splitArgs(
                                config.getString("launcher.spark-submit-args")));
        Optional<TransientClusterSettings> transientCluster =
                config.getBoolean("launcher.transient-cluster.enabled")
                        ? Optional.of(TransientClusterSettings.fromConfig(config))
                        : Optional.empty();
        return new LauncherSettings(
                config.getString("launcher.cluster-id"),
                command,
                config.getInt("launcher.max-range-months"),
                transientCluster,
                MasterTableSettings.fromConfig(config),
                config.getDuration("launcher.step-lookup-wait"));
    }

    private static String required(Config config, String key, String envVar) {
        String value = config.getString(key);
        if (value.isBlank()) {
            throw new IllegalArgumentException(
                    key + " is empty; set " + envVar + " to an s3:// URI");
        }
        return value;
    }
}
