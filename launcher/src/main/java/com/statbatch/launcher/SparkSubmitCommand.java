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
 * The EMR step that runs the job for one period: command-runner.jar running spark-submit in cluster
 * mode. The period goes as the job's own flags (--period for a month, --from/--to for a custom
 * range) with the stat_period id the launcher resolved. The configuration travels with --files, so
 * YARN puts it in the driver's working directory and the job finds it by its file name. Credentials
 * never travel here: the job reads them from Secrets Manager or its configuration file.
 */
public record SparkSubmitCommand(String jobJarUri, String configUri, List<String> extraArgs) {

    public static final String MAIN_CLASS = "com.statbatch.job.StatBatchJob";

    /** Every step name starts so; the EventBridge rule for step failures matches on it. */
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

    public List<String> args(StatPeriod period, long periodId, String runId) {
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
        args.add(jobJarUri);
        args.addAll(periodFlags(period));
        args.addAll(
                List.of(
                        "--period-id",
                        Long.toString(periodId),
                        "--config",
                        configFileName(configUri),
                        "--run-id",
                        runId));
        return args;
    }

    private static List<String> periodFlags(StatPeriod period) {
        return period.type() == StatPeriod.Type.MONTH
                ? List.of("--period", period.label())
                : List.of("--from", period.start().toString(), "--to", period.lastDay().toString());
    }

    /** A failed month must not stop the cluster's other steps, hence CONTINUE. */
    public StepConfig step(StatPeriod period, long periodId, String runId) {
        return StepConfig.builder()
                .name(StepNames.of(runId))
                .actionOnFailure(ActionOnFailure.CONTINUE)
                .hadoopJarStep(
                        HadoopJarStepConfig.builder()
                                .jar("command-runner.jar")
                                .args(args(period, periodId, runId))
                                .build())
                .build();
    }

    private static String configFileName(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
