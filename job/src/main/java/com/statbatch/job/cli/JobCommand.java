package com.statbatch.job.cli;

import com.statbatch.common.period.StatPeriod;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The job's command line. Values given here override every configuration layer. */
@Command(
        name = "stat-batch-job",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Computes keyword statistics per building for one period of Korean text, replaces the period's",
            "rows in PostgreSQL (stat_keyword, stat_building), writes the CSV report and signals completion.",
            "Configuration layers, later wins: conf/stat-batch.conf < --config FILE < environment < flags."
        },
        footer = {
            "",
            "Exit code 0 on success, 1 when the run failed (the period's previous results are kept),",
            "2 for a usage error."
        })
public final class JobCommand {

    static final class Range {
        @Option(
                names = "--period",
                paramLabel = "YYYY-MM",
                description = "Calendar month in Asia/Seoul (default: the previous month).")
        String period;

        @ArgGroup(exclusive = false)
        Days days;
    }

    static final class Days {
        @Option(
                names = "--from",
                required = true,
                paramLabel = "YYYY-MM-DD",
                description = "First day of a custom range.")
        String from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "YYYY-MM-DD",
                description = "Last day of a custom range (included).")
        String to;
    }

    @ArgGroup(exclusive = true)
    Range range;

    @Option(
            names = "--period-id",
            paramLabel = "ID",
            description =
                    "The period's stat_period id, as the launcher resolved it; checked to name this period.")
    Long periodId;

    @Option(
            names = "--source",
            paramLabel = "jdbc|files",
            description = "Where the texts come from (source.type).")
    String source;

    @Option(
            names = "--input",
            paramLabel = "URI",
            description =
                    "Input files for --source files: s3a://, s3://, file:// or a path; globs allowed (source.files.input).")
    String input;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv|parquet",
            description = "Input file format (source.files.format).")
    String format;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "HOCON file overriding conf/stat-batch.conf.")
    Path config;

    @Option(
            names = "--run-id",
            paramLabel = "ID",
            description =
                    "Run id for stat_job_run (the launcher passes its own; default: a new one).")
    String runId;

    @Option(
            names = "--dry-run",
            description = "Read and analyse, write nothing; print what would be written.")
    boolean dryRun;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description =
                    "Override any configuration key, e.g. --set analysis.top-k=20 (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The period the flags ask for, or the previous month in Seoul. */
    public StatPeriod period(Clock clock) {
        if (range == null) {
            return StatPeriod.previousMonth(clock.instant());
        }
        if (range.period != null) {
            return StatPeriod.ofMonth(StatPeriod.parseMonth(range.period));
        }
        return StatPeriod.ofDays(
                StatPeriod.parseDay(range.days.from), StatPeriod.parseDay(range.days.to));
    }

    public OptionalLong periodId() {
        return periodId == null ? OptionalLong.empty() : OptionalLong.of(periodId);
    }

    public String runId(StatPeriod period) {
        return runId != null
                ? runId
                : "manual-" + period.label() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Optional<Path> configFile() {
        return Optional.ofNullable(config);
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** The configuration keys these flags set. */
    public Map<String, String> configOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>(settings);
        if (source != null) {
            overrides.put("source.type", source);
        }
        if (input != null) {
            overrides.put("source.files.input", input);
            overrides.putIfAbsent("source.type", "files");
        }
        if (format != null) {
            overrides.put("source.files.format", format);
        }
        return overrides;
    }
}
