package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.StatBatchJob;
import com.statbatch.udf.tools.AnalyzerOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The whole pipeline on one machine (scripts/run-local.sh): PostgreSQL, migrations, demo data or
 * the buildings of an input file, then the job itself, in-process on a local Spark master.
 */
@Command(
        name = "run-local.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpWidth = 110,
        description = {
            "Runs stat-batch end to end on this machine: starts embedded PostgreSQL (or uses DB_URL, DB_USER,",
            "DB_PASSWORD when DB_URL is set), applies the migrations, seeds demo buildings and Korean texts",
            "(or registers the buildings an --input file mentions), runs the job on Spark local[*] and writes",
            "the reports under --out. The notification is logged instead of sent."
        },
        footer = {
            "",
            "Examples:",
            "  scripts/run-local.sh",
            "  scripts/run-local.sh --period 2026-09 --docs 5000 --buildings 30 --seed 7",
            "  scripts/run-local.sh --analyzer komoran          (builds the KOMORAN profile first)",
            "  scripts/run-local.sh --input ../shared/corpus/nsmc-reviews.jsonl.gz --format jsonl --period 2015-08",
            "  scripts/run-local.sh --config conf/examples/nsmc-corpus.conf --input ../shared/corpus/nsmc-reviews.jsonl.gz \\",
            "      --from 2015-01-01 --to 2015-08-31",
            "",
            "Exit code 0 on success, 1 when the run failed, 2 for a usage error."
        })
public final class LocalPipeline implements Callable<Integer> {

    private static final int STEPS = 5;

    @Option(
            names = "--period",
            paramLabel = "YYYY-MM",
            description = "Month in Asia/Seoul (default: the previous month).")
    String period;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First day of a custom range (with --to).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Last day of a custom range, included.")
    String to;

    @Option(
            names = "--docs",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Demo texts to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(
            names = "--buildings",
            paramLabel = "N",
            defaultValue = "12",
            description = "Demo buildings (default: ${DEFAULT-VALUE}).")
    int buildings;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description =
                    "Seed of the demo data; the same seed gives the same texts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--input",
            paramLabel = "URI",
            description =
                    "Analyse this file (path, file://, s3a://; globs allowed) instead of demo data.")
    String input;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv|parquet",
            description = "Format of --input (default: source.files.format, jsonl).")
    String format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "out",
            description =
                    "Report directory, relative to the current directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--keep-db",
            description =
                    "Keep PostgreSQL running after the run and print how to connect; Ctrl-C stops it.")
    boolean keepDb;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "HOCON file for the job, e.g. conf/examples/nsmc-corpus.conf.")
    Path config;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description =
                    "Override a job configuration key, e.g. --set analysis.top-k=20 (repeatable).")
    List<String> settings = new ArrayList<>();

    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();

    private final Map<String, String> env;
    private final Clock clock;
    private final PrintStream stdout;
    private final PrintStream stderr;

    LocalPipeline(Map<String, String> env, Clock clock, PrintStream stdout, PrintStream stderr) {
        this.env = env;
        this.clock = clock;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Clock.systemUTC(), System.out, System.err));
    }

    static int run(
            String[] args,
            Map<String, String> env,
            Clock clock,
            PrintStream stdout,
            PrintStream stderr) {
        CommandLine cli = new CommandLine(new LocalPipeline(env, clock, stdout, stderr));
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        JobArguments user;
        StatPeriod target;
        try {
            user =
                    JobArguments.fromUser(
                            rangeFlags(), inputFlags(), config, settingsWithAnalyzer(), clock);
            target = user.period(clock);
            DemoCorpus.checkCounts(buildings, docs);
        } catch (ParameterException | IllegalArgumentException e) {
            stderr.println("ERROR: " + e.getMessage() + " (see --help)");
            return StatBatchJob.USAGE;
        }
        Progress progress = new Progress(stdout, STEPS);
        progress.start("starting PostgreSQL");
        try (LocalDatabase database = LocalDatabase.start(env)) {
            progress.done(database.describe());
            progress.start("applying migrations");
            database.migrate();
            progress.done("stat tables and local source tables (building, building_text) ready");

            String runId =
                    "local-"
                            + target.label()
                            + "-"
                            + LocalDateTime.now(clock.withZone(StatPeriod.ZONE))
                                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            JobArguments job =
                    user.forLocalRun(
                            database.settings(),
                            out,
                            runId,
                            Runtime.getRuntime().availableProcessors());
            int code = runWithSpark(progress, database.settings(), job, target);
            if (code != StatBatchJob.OK) {
                stderr.println(
                        "ERROR: the job failed for "
                                + target.label()
                                + " (exit code "
                                + code
                                + "); the reason is in the lines above.");
                return code;
            }
            RunOutcome outcome = RunOutcome.read(database.settings(), runId);
            stdout.println(
                    String.format(
                            Locale.ROOT,
                            "OK: %s analysed in %.1fs: %d documents, %d buildings, %d keyword rows; reports in %s",
                            target.label(),
                            (System.nanoTime() - started) / 1e9,
                            outcome.documents(),
                            outcome.buildings(),
                            outcome.keywords(),
                            Path.of(outcome.csvUri()).getParent()));
            if (keepDb) {
                database.keepRunning(stdout);
            }
            return StatBatchJob.OK;
        } catch (Exception e) {
            stderr.println(
                    "ERROR: "
                            + progress.current()
                            + " failed: "
                            + (e.getMessage() != null ? e.getMessage() : e));
            return StatBatchJob.FAILED;
        }
    }

    /** --set pairs, then the analyzer flags, which name their keys and so come last. */
    private List<String> settingsWithAnalyzer() {
        List<String> all = new ArrayList<>(settings);
        analyzer.overrides().forEach((key, value) -> all.add(key + "=" + value));
        return all;
    }

    private int runWithSpark(Progress progress, DbSettings db, JobArguments job, StatPeriod target)
            throws Exception {
        progress.start("starting Spark (" + LocalSparkSession.MASTER + ")");
        try (LocalSparkSession local = LocalSparkSession.start()) {
            SparkSession spark = local.session();
            progress.done(
                    "Spark "
                            + spark.version()
                            + " with "
                            + spark.sparkContext().defaultParallelism()
                            + " cores");
            if (job.readsFiles()) {
                progress.start("registering the buildings that " + input + " mentions");
                List<Long> ids = FileBuildings.mentioned(spark, job.config(), db, target);
                int added = new SourceTables(db).registerBuildingIds(ids);
                progress.done(
                        ids.size()
                                + " buildings in the file, "
                                + added
                                + " new in the building table");
            } else {
                progress.start(
                        "seeding "
                                + buildings
                                + " demo buildings and "
                                + docs
                                + " texts for "
                                + target.label()
                                + (target.type() == StatPeriod.Type.MONTH
                                        ? " (and the month before, run first)"
                                        : ""));
                if (target.type() == StatPeriod.Type.MONTH) {
                    int code = runPreviousMonth(progress, db, job, target, spark);
                    if (code != StatBatchJob.OK) {
                        return code;
                    }
                    progress.done(
                            new DemoSeeder(db, seed)
                                    .seed(target, buildings, docs, DemoCorpus.TopicMix.LEAK_WAVE));
                } else {
                    progress.done(new DemoSeeder(db, seed).seed(target, buildings, docs));
                }
            }
            progress.start("running the job for " + target.label());
            int code = StatBatchJob.run(job.toArray(), spark, clock, stdout, stderr);
            progress.done("job exit code " + code);
            return code;
        }
    }

    /**
     * Seeds the month before with another mix of topics (no leaks where this month has a leak wave)
     * and runs the job on it quietly, so the month's run has a previous month and shows NEW and
     * RISING rows.
     */
    private int runPreviousMonth(
            Progress progress,
            DbSettings db,
            JobArguments job,
            StatPeriod target,
            SparkSession spark)
            throws Exception {
        StatPeriod previous = StatPeriod.ofMonth(YearMonth.from(target.start()).minusMonths(1));
        new DemoSeeder(db, seed)
                .seed(previous, buildings, docs, DemoCorpus.TopicMix.BEFORE_LEAK_WAVE);
        List<String> args = new ArrayList<>(List.of(job.toArray()));
        replaceFlag(args, "--period", previous.label());
        replaceFlag(args, "--run-id", args.get(args.indexOf("--run-id") + 1) + "-previous-month");
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        int code =
                StatBatchJob.run(
                        args.toArray(String[]::new),
                        spark,
                        clock,
                        new PrintStream(quiet, true, StandardCharsets.UTF_8),
                        stderr);
        if (code != StatBatchJob.OK) {
            stdout.print(quiet.toString(StandardCharsets.UTF_8));
            stderr.println(
                    "ERROR: the job failed for the demo's previous month " + previous.label());
        }
        return code;
    }

    private static void replaceFlag(List<String> args, String flag, String value) {
        int at = args.indexOf(flag);
        if (at < 0) {
            args.add(flag);
            args.add(value);
        } else {
            args.set(at + 1, value);
        }
    }

    private List<String> rangeFlags() {
        List<String> flags = new ArrayList<>();
        if (period != null) {
            flags.addAll(List.of("--period", period));
        }
        if (from != null) {
            flags.addAll(List.of("--from", from));
        }
        if (to != null) {
            flags.addAll(List.of("--to", to));
        }
        return flags;
    }

    private List<String> inputFlags() {
        List<String> flags = new ArrayList<>();
        if (input != null) {
            flags.addAll(List.of("--source", "files", "--input", input));
        }
        if (format != null) {
            flags.addAll(List.of("--format", format));
        }
        return flags;
    }
}
