package com.statbatch.job;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbConfiguration;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.DbSettingsResolver;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.run.JobRunStore;
import com.statbatch.job.cli.JobCommand;
import com.statbatch.job.notify.Notifier;
import com.statbatch.job.notify.Notifiers;
import com.statbatch.job.report.CsvReport;
import com.statbatch.job.report.PeriodReportPublication;
import com.statbatch.job.report.ReportFileWriter;
import com.statbatch.job.report.ReportPublisher;
import com.statbatch.job.report.ReportSink;
import com.statbatch.job.run.DryRun;
import com.statbatch.job.run.RecordedRun;
import com.statbatch.job.run.RunBookkeeping;
import com.statbatch.job.run.RunBoundary;
import com.statbatch.job.run.RunFaults;
import com.statbatch.job.run.RunPreflight;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.run.StageClock;
import com.statbatch.job.run.SummaryText;
import com.statbatch.job.sink.DatabaseSink;
import com.statbatch.job.sink.PeriodSink;
import com.statbatch.job.sink.StagingSwapWriter;
import com.statbatch.job.source.SourceSettings;
import com.statbatch.job.source.TextSource;
import com.statbatch.job.source.TextSources;
import com.typesafe.config.Config;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * spark-submit entry point: {@code --class com.statbatch.job.StatBatchJob stat-batch-job.jar
 * --period 2026-10}.
 */
public final class StatBatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(StatBatchJob.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private StatBatchJob() {}

    public static void main(String[] args) {
        int code = run(args, null, Clock.systemUTC(), System.out, System.err);
        System.exit(code);
    }

    /**
     * Runs the job as spark-submit would. With {@code spark} null a session is created (and stopped
     * at the end) from the spark-submit or -Dspark.* settings; otherwise the given one is used.
     */
    public static int run(
            String[] args, SparkSession spark, Clock clock, PrintStream out, PrintStream err) {
        return run(args, spark, clock, out, err, RunFaults.NONE);
    }

    /** The same, with faults injected at the run's boundaries (the fault-matrix test). */
    public static int run(
            String[] args,
            SparkSession spark,
            Clock clock,
            PrintStream out,
            PrintStream err,
            RunFaults faults) {
        JobCommand command = new JobCommand();
        CommandLine cli = new CommandLine(command);
        try {
            cli.parseArgs(args);
        } catch (ParameterException e) {
            err.println(e.getMessage());
            cli.usage(err);
            return USAGE;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            return OK;
        }
        if (cli.isVersionHelpRequested()) {
            cli.printVersionHelp(out);
            return OK;
        }
        JobSettings settings;
        DbSettings db;
        TextSource source;
        try {
            StatPeriod period = command.period(clock);
            Config config = StatBatchConfig.load(command.configFile(), command.configOverrides());
            settings =
                    JobSettings.from(
                            config,
                            period,
                            command.periodId(),
                            command.runId(period),
                            command.dryRun());
            db = DbSettingsResolver.resolve(DbConfiguration.fromConfig(config), settings.aws());
            source = TextSources.from(SourceSettings.fromConfig(config), db);
            RunPreflight.check(settings);
        } catch (RuntimeException e) {
            err.println("stat-batch: " + e.getMessage());
            return USAGE;
        }
        SparkSession session = spark != null ? spark : newSession(settings);
        try {
            RunSummary summary = execute(settings, db, source, session, faults);
            out.print(SummaryText.format(summary));
            out.println(
                    (settings.dryRun() ? "DRY RUN OK " : "SUCCEEDED ")
                            + settings.period().label()
                            + " run "
                            + settings.runId());
            return OK;
        } catch (Exception e) {
            LOG.error("Run {} for {} failed", settings.runId(), settings.period().label(), e);
            err.println(
                    "FAILED " + settings.period().label() + " run " + settings.runId() + ": " + e);
            return FAILED;
        } finally {
            if (spark == null) {
                session.stop();
            }
        }
    }

    /**
     * One run with the production parts: PostgreSQL and the report as sinks, the run kept in
     * stat_job_run, the configured notifier; a dry run has no sink and keeps nothing.
     */
    public static RunSummary execute(
            JobSettings settings, DbSettings db, TextSource source, SparkSession session)
            throws Exception {
        return execute(settings, db, source, session, RunFaults.NONE);
    }

    /** The same, with faults injected at the run's boundaries (the fault-matrix test). */
    public static RunSummary execute(
            JobSettings settings,
            DbSettings db,
            TextSource source,
            SparkSession session,
            RunFaults faults)
            throws Exception {
        Configuration hadoopConf = session.sparkContext().hadoopConfiguration();
        ReportFileWriter files = new ReportFileWriter(hadoopConf, faults.fileWritten());
        // Every log line of the run carries its id and month (conf/log4j2.xml: JSON with the MDC).
        try (MDC.MDCCloseable runId = MDC.putCloseable("runId", settings.runId());
                MDC.MDCCloseable period = MDC.putCloseable("period", settings.period().label());
                Notifier notifier = Notifiers.fromSettings(settings)) {
            StageClock clock = new StageClock();
            RunBookkeeping bookkeeping = new DryRun();
            List<PeriodSink> sinks = List.of();
            if (!settings.dryRun()) {
                PeriodReportPublication publication =
                        new PeriodReportPublication(
                                db,
                                new ReportPublisher(hadoopConf, files),
                                settings.reportPrefix(),
                                settings.period());
                bookkeeping = new RecordedRun(settings, db, publication, notifier, clock);
                sinks =
                        List.of(
                                databaseSink(settings, db, faults),
                                reportSink(settings, files, publication));
            }
            return new StatBatchRun(settings, db, source, bookkeeping, sinks, faults.run(), clock)
                    .execute(session);
        }
    }

    /** The tables; the swap's transaction also marks the run as the one whose results they hold. */
    private static DatabaseSink databaseSink(
            JobSettings settings, DbSettings db, RunFaults faults) {
        JobRunStore runs = new JobRunStore();
        return new DatabaseSink(
                new StagingSwapWriter(db, faults.copy()),
                swap -> {
                    runs.markResultsSwapped(swap, settings.runId());
                    faults.run().at(RunBoundary.MID_SWAP);
                });
    }

    private static ReportSink reportSink(
            JobSettings settings, ReportFileWriter files, PeriodReportPublication publication) {
        return new ReportSink(
                new CsvReport(files), publication, settings.period(), settings.runId());
    }

    private static SparkSession newSession(JobSettings settings) {
        return SparkSession.builder()
                .appName("stat-batch " + settings.period().label())
                .getOrCreate();
    }
}
