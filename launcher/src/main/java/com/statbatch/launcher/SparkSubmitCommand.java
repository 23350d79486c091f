package com.statbatch.launcher;

import com.statbatch.common.period.StatPeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.emr.model.ActionOnFailure;
import software.amazon.awssdk.services.emr.model.HadoopJarStepConfig;
import software.amazon.awssdk.services.emr.model.StepConfig;

/**
 * The EMR step that runs the job for one month: command-runner.jar running spark-submit in cluster
 * mode. The configuration travels with --files, so YARN puts it in the driver's working directory
 * and the job finds it by its file name. Credentials never travel here: the job reads them from
 * Secrets Manager or its configuration file.
 */
public record SparkSubmitCommand(String jobJarUri, String configUri, List<String> extraArgs) {

    public static final String MAIN_CLASS = "com.statbatch.job.StatBatchJob";
    public static final String STEP_NAME_PREFIX = "stat-batch-";

    public SparkSubmitCommand {
        extraArgs = List.copyOf(extraArgs);
        if (configFileName(configUri).isEmpty()) {
            throw new IllegalArgumentException(
                    "launcher.config-uri '"
                            + configUri
                            + "' does not end in a file name; set JOB_CONFIG_URI to e.g. s3://bucket/conf/stat-batch.conf");
        }
        for (String arg : extraArgs) {
            if (arg.toLowerCase(Locale.ROOT).contains("password")) {
                throw new IllegalArgumentException(
                        "launcher.spark-submit-args contains a password setting ("
                                + arg.substring(
                                        0, arg.indexOf('=') < 0 ? arg.length() : arg.indexOf('='))
                                + "=…);"
                                + " step arguments are visible in the EMR console, so pass the database secret with"
                                + " db.secret-arn in the job's configuration instead");
            }
        }
    }

    /** Splits launcher.spark-submit-args on whitespace, as a shell would without quoting. */
    public static List<String> splitArgs(String args) {
        return args.isBlank() ? List.of() : Arrays.asList(args.trim().split("\\s+"));
    }

    public static String stepName(StatPeriod period) {
        return STEP_NAME_PREFIX + period.label();
    }

    public List<String> args(StatPeriod period, String runId) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "spark-submit",
                                "--deploy-mode",
                                "cluster",
                                "--class",
                                MAIN_CLASS,
                                "--files",
                                configUri));
        args.addAll(extraArgs);
        args.addAll(
                List.of(
                        jobJarUri,
                        "--period",
                        period.label(),
                        "--config",
                        configFileName(configUri),
                        "--run-id",
                        runId));
        return args;
    }

    /** A failed month must not stop the cluster's other steps, hence CONTINUE. */
    public StepConfig step(StatPeriod period, String runId) {
        return StepConfig.builder()
                .name(stepName(period))
                .actionOnFailure(ActionOnFailure.CONTINUE)
                .hadoopJarStep(
                        HadoopJarStepConfig.builder()
                                .jar("command-runner.jar")
                                .args(args(period, runId))
                                .build())
                .build();
    }

    private static String configFileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
