package com.statbatch.job.local;

import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.cli.JobCommand;
import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The job's command line for a local run, parsed by the job's own {@link JobCommand} so that the
 * period and configuration the pipeline prepares data for are exactly the ones the job will use.
 */
final class JobArguments {

    /** Period, input and --config flags. */
    private final List<String> head;

    /** The user's --set KEY=VALUE values; they come last among the settings, so they win. */
    private final List<String> userSettings;

    private final List<String> all;
    private final JobCommand parsed = new JobCommand();

    /**
     * @throws CommandLine.ParameterException when the job would reject these flags
     */
    private JobArguments(List<String> head, List<String> userSettings, List<String> all) {
        this.head = List.copyOf(head);
        this.userSettings = List.copyOf(userSettings);
        this.all = List.copyOf(all);
        new CommandLine(parsed).parseArgs(this.all.toArray(String[]::new));
    }

    /**
     * The user's part: the period flags (or the resolved default month), the input, config and
     * --set flags.
     */
    static JobArguments fromUser(
            List<String> range,
            List<String> input,
            Path config,
            List<String> userSettings,
            Clock clock) {
        List<String> head = new ArrayList<>(range);
        if (range.isEmpty()) {
            // Pinned now, so the job cannot pick a different "previous month" if the run crosses
            // midnight.
            head.addAll(List.of("--period", StatPeriod.previousMonth(clock.instant()).label()));
        }
        head.addAll(input);
        if (config != null) {
            head.addAll(List.of("--config", config.toString()));
        }
        List<String> all = new ArrayList<>(head);
        all.addAll(sets(userSettings));
        return new JobArguments(head, userSettings, all);
    }

    /**
     * Adds what the local run decides: its database, its report directory, the log instead of SNS,
     * shuffle partitions for this machine's cores (the cluster default of 64 makes a laptop run
     * several times slower) and the run id.
     */
    JobArguments forLocalRun(DbSettings db, Path reportDir, String runId, int cores) {
        List<String> all = new ArrayList<>(head);
        all.addAll(DatabaseFlags.of(db));
        all.addAll(
                sets(
                        List.of(
                                "report.prefix=" + reportDir.toAbsolutePath().normalize(),
                                "notify.sns-topic-arn=",
                                "analysis.shuffle-partitions=" + 2 * cores)));
        all.addAll(sets(userSettings));
        all.addAll(List.of("--run-id", runId));
        return new JobArguments(head, userSettings, all);
    }

    StatPeriod period(Clock clock) {
        return parsed.period(clock);
    }

    boolean readsFiles() {
        return "files".equals(config().getString("source.type"));
    }

    Config config() {
        return StatBatchConfig.load(parsed.configFile(), parsed.configOverrides());
    }

    String[] toArray() {
        return all.toArray(String[]::new);
    }

    private static List<String> sets(List<String> settings) {
        List<String> flags = new ArrayList<>();
        settings.forEach(s -> flags.addAll(List.of("--set", s)));
        return flags;
    }
}
