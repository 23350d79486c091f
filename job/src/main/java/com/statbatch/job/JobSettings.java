package com.statbatch.job;

import com.statbatch.common.aws.AwsSettings;
import com.statbatch.common.aws.NotifySettings;
import com.statbatch.common.db.DbConfiguration;
import com.statbatch.common.master.MasterTableSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.trend.TrendSettings;
import com.statbatch.udf.NlpSettings;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.OptionalLong;

/** Everything one run needs, read once from the layered configuration and the command line. */
public record JobSettings(
        StatPeriod period,
        OptionalLong periodId,
        String runId,
        boolean dryRun,
        MasterTableSettings master,
        NlpSettings nlp,
        int topK,
        int summaryTerms,
        int distinctiveMinDocCount,
        int shufflePartitions,
        String reportPrefix,
        Duration linkLifetime,
        String snsTopicArn,
        AwsSettings aws,
        boolean migrate,
        TrendSettings trend) {

    /** A run that resolves its own period id (not started by the launcher). */
    public static JobSettings from(Config config, StatPeriod period, String runId, boolean dryRun) {
        return from(config, period, OptionalLong.empty(), runId, dryRun);
    }

    public static JobSettings from(
            Config config, StatPeriod period, OptionalLong periodId, String runId, boolean dryRun) {
        int topK = config.getInt("analysis.top-k");
        if (topK < 0) {
            throw new IllegalArgumentException(
                    "analysis.top-k = " + topK + " must be 0 (keep all) or positive");
        }
        int summaryTerms = config.getInt("analysis.summary-terms");
        if (summaryTerms < 1) {
            throw new IllegalArgumentException(
                    "analysis.summary-terms = " + summaryTerms + " must be at least 1");
        }
        int distinctiveMinDocCount = config.getInt("analysis.distinctive-min-doc-count");
        if (distinctiveMinDocCount < 1) {
            throw new IllegalArgumentException(
                    "analysis.distinctive-min-doc-count = "
                            + distinctiveMinDocCount
                            + " must be at least 1 (3 keeps one-off typos out of the lists)");
        }
        int shufflePartitions = config.getInt("analysis.shuffle-partitions");
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException(
                    "analysis.shuffle-partitions = "
                            + shufflePartitions
                            + " must be 0 (twice the default parallelism) or positive");
        }
        int presignDays = config.getInt("report.presign-days");
        if (presignDays < 1 || presignDays > 7) {
            throw new IllegalArgumentException(
                    "report.presign-days = "
                            + presignDays
                            + " must be between 1 and 7 (the longest an S3 pre-signed link can live)");
        }
        String prefix = config.getString("report.prefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException(
                    "report.prefix is empty; set it to s3a://bucket/path or a local directory");
        }
        return new JobSettings(
                period,
                periodId,
                runId,
                dryRun,
                MasterTableSettings.fromConfig(config),
                NlpSettings.fromConfig(config),
                topK,
                summaryTerms,
                distinctiveMinDocCount,
                shufflePartitions,
                prefix,
                Duration.ofDays(presignDays),
                NotifySettings.fromConfig(config).snsTopicArn(),
                AwsSettings.fromConfig(config),
                DbConfiguration.fromConfig(config).migrate(),
                TrendSettings.fromConfig(config));
    }
}
