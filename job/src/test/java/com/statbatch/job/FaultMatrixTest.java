package com.statbatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.run.RunFaults;
import com.statbatch.job.testing.InjectedFault;
import com.statbatch.job.testing.InjectedFault.Boundary;
import com.statbatch.job.testing.KilledJobRun;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.OctoberFixture;
import com.statbatch.job.testing.S3Server;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault that can happen at every boundary of a run, on a month that already has results:
 * afterwards PostgreSQL holds the old month or the new one whole, each canonical report file is the
 * old or the new one whole, and stat_job_run says whose results the tables hold and whether their
 * report is published; a rerun then gives tables and report byte-identical to a clean run. The
 * matrix is printed at the end (and written to target/fault-matrix.md).
 */
class FaultMatrixTest {

    @RegisterExtension static WireMockExtension sns = WireMockExtension.newInstance().build();

    /**
     * The SNS of the SIGKILL cells, whose runs go on in JVMs of their own while this one runs the
     * other cells: an SNS_500 cell must not reach them, nor their messages the other cells' SNS.
     * Never reset, for a run may be under way as one test ends and the next begins.
     */
    @RegisterExtension
    static WireMockExtension killedRunSns =
            WireMockExtension.newInstance().resetOnEachTest(false).build();

    private static final String FOLDER = "monthly/stat/2026-10-01_2026-10-31/";
    private static final AtomicInteger CELLS = new AtomicInteger();
    private static final List<String> MATRIX = new ArrayList<>();

    static S3Server s3;

    /** The SIGKILL cells' S3, for the same reason as {@link #killedRunSns}: an S3_STOPPED cell. */
    static S3Server killedRunS3;

    static SparkSession spark;
    static DbSettings base;
    static Snapshot before;
    static Snapshot clean;

    enum Fault {
        EXCEPTION("exception"),
        KILLED_CONNECTION("killed JDBC connection"),
        S3_STOPPED("S3 server stopped"),
        SNS_500("SNS answers 500"),
        SIGKILL("SIGKILL (own JVM)");

        final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    /** PostgreSQL's results and the canonical report files, byte for byte. */
    record Snapshot(List<String> tables, Map<String, String> report) {}

    /** One cell's database and bucket, cloned from the month's previous state, and its SNS. */
    record Cell(DbSettings db, S3Server s3, String bucket, String snsEndpoint) {}

    /** A SIGKILL cell and the exit code of its run, started in its own JVM ahead of its test. */
    record KilledCell(Cell cell, Future<Integer> exit) {}

    /**
     * The SIGKILL cells' runs, one at a time, in matrix order: a run in a JVM of its own spends
     * most of its time starting up (JIT, Spark, the first query plans), and does so while this JVM
     * runs the cells before it.
     */
    static final Map<Boundary, KilledCell> KILLED = new EnumMap<>(Boundary.class);

    static ExecutorService killedRuns;

    static Stream<Arguments> matrix() {
        Map<Boundary, List<Fault>> faults = new TreeMap<>();
        faults.put(Boundary.AFTER_READ, List.of(Fault.EXCEPTION, Fault.S3_STOPPED, Fault.SIGKILL));
        faults.put(Boundary.MID_REPORT, List.of(Fault.EXCEPTION, Fault.S3_STOPPED, Fault.SIGKILL));
        faults.put(
                Boundary.MID_COPY,
                List.of(Fault.EXCEPTION, Fault.KILLED_CONNECTION, Fault.SIGKILL));
        faults.put(
                Boundary.MID_SWAP,
                List.of(Fault.EXCEPTION, Fault.KILLED_CONNECTION, Fault.SIGKILL));
        faults.put(Boundary.MID_PUBLISH, List.of(Fault.EXCEPTION, Fault.S3_STOPPED, Fault.SIGKILL));
        faults.put(
                Boundary.BEFORE_RUN_RECORD,
                List.of(Fault.EXCEPTION, Fault.KILLED_CONNECTION, Fault.SIGKILL));
        faults.put(
                Boundary.BEFORE_NOTIFICATION,
                List.of(Fault.EXCEPTION, Fault.SNS_500, Fault.SIGKILL));
        faults.put(Boundary.AFTER_NOTIFICATION, List.of(Fault.EXCEPTION, Fault.SIGKILL));
        // -Dfault-matrix.boundaries=MID_COPY,MID_SWAP runs part of the matrix (it takes minutes).
        List<String> only = List.of(System.getProperty("fault-matrix.boundaries", "").split(","));
        return faults.entrySet().stream()
                .filter(e -> only.equals(List.of("")) || only.contains(e.getKey().name()))
                .flatMap(e -> e.getValue().stream().map(f -> Arguments.of(e.getKey(), f)));
    }

    @BeforeAll
    static void monthWithPreviousResults() throws Exception {
        s3 = new S3Server();
        spark = LocalSpark.session();
        var hadoop = spark.sparkContext().hadoopConfiguration();
        s3.s3aSettings().forEach(hadoop::set);
        // A stopped server must fail the write in seconds, not after minutes of retries.
        hadoop.set("fs.s3a.attempts.maximum", "1");
        hadoop.set("fs.s3a.retry.limit", "1");
        hadoop.set("fs.s3a.retry.interval", "10ms");
        hadoop.set("fs.s3a.connection.establish.timeout", "2000");
        base = OctoberFixture.freshDatabase();
        s3.createBucket("base");
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg")));
        assertThat(job(new Cell(base, s3, "base", sns.baseUrl()), "old", RunFaults.NONE)).isZero();
        // The month changes between the runs, so old and new results differ.
        Sql.execute(
                base,
                "insert into building_text values (50, 101, '2026-10-20T10:00:00+09:00',"
                        + " '주차장 주차장 주차장 주차장')");
        before = snapshot(new Cell(base, s3, "base", sns.baseUrl()));
        Cell reference = cell();
        assertThat(job(reference, "new", RunFaults.NONE)).isZero();
        clean = snapshot(reference);
        assertThat(clean.tables()).isNotEqualTo(before.tables());
        assertThat(clean.report()).isNotEqualTo(before.report());
        startKilledRuns();
    }

    private static void startKilledRuns() throws Exception {
        killedRunS3 = new S3Server();
        killedRunSns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg")));
        killedRuns = Executors.newSingleThreadExecutor();
        for (Arguments cell : matrix().toList()) {
            if (cell.get()[1] == Fault.SIGKILL) {
                Boundary boundary = (Boundary) cell.get()[0];
                Cell killed = cell(killedRunS3, killedRunSns.baseUrl());
                KILLED.put(
                        boundary,
                        new KilledCell(
                                killed, killedRuns.submit(() -> killedRun(killed, boundary))));
            }
        }
    }

    @BeforeEach
    void snsAnswers() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg")));
    }

    @AfterAll
    static void printMatrix() throws Exception {
        String table =
                "| boundary | fault | exit | tables | report | run row (status, stage, results, report) | stage tables left | rerun |\n"
                        + "|---|---|---|---|---|---|---|---|\n"
                        + String.join("\n", MATRIX)
                        + "\n";
        System.out.println("Fault matrix\n" + table);
        Files.writeString(Paths.get("target", "fault-matrix.md"), table);
        if (killedRuns != null) {
            killedRuns.shutdownNow();
            killedRunS3.close();
        }
        s3.close();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void aFaultLeavesAWholeMonthAndTheRerunRepairsIt(Boundary boundary, Fault fault)
            throws Exception {
        Cell cell;
        int exit;
        if (fault == Fault.SIGKILL) {
            cell = KILLED.get(boundary).cell();
            exit = KILLED.get(boundary).exit().get();
        } else {
            cell = cell();
            exit = job(cell, "new", faults(boundary, fault, cell));
        }
        s3.startServingIfStopped();
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg")));

        Snapshot after = snapshot(cell);
        String tables = which(after.tables(), before.tables(), clean.tables());
        String report = reportState(after);
        List<String> live =
                Sql.rows(
                        cell.db(),
                        "select run_id, report_published_at is not null from stat_job_run"
                                + " where results_swapped_at is not null order by results_swapped_at desc limit 1");
        String runRow =
                Sql.one(
                        cell.db(),
                        "select status || ', ' || coalesce(error_stage, '-') || ', '"
                                + " || case when results_swapped_at is null then 'not swapped' else 'swapped' end"
                                + " || ', ' || case when report_published_at is null then 'not published' else 'published' end"
                                + " from stat_job_run where run_id = 'new'");
        long stages =
                Long.parseLong(
                        Sql.one(
                                cell.db(),
                                "select count(*) from pg_tables where tablename like '%_stage_%'"));

        int rerun = job(cell, "rerun", RunFaults.NONE);
        Snapshot repaired = snapshot(cell);
        boolean identical = rerun == 0 && repaired.equals(clean);
        record(
                String.join(
                        " | ",
                        "| " + boundary.label,
                        fault.label,
                        Integer.toString(exit),
                        tables,
                        report,
                        runRow,
                        Long.toString(stages),
                        identical ? "byte-identical to a clean run |" : "DIFFERENT |"));
        assertThat(tables).as("PostgreSQL after %s × %s", boundary, fault).isIn("old", "new");
        assertThat(report).as("report after %s × %s", boundary, fault).isIn("old", "new", "mixed");
        assertThat(live.get(0))
                .as("the run whose results the tables hold")
                .startsWith(tables + "|");
        if (!report.equals(tables)) {
            assertThat(live.get(0))
                    .as("a report behind the tables is marked unpublished")
                    .endsWith("|f");
        }

        assertThat(rerun).isZero();
        assertThat(repaired.tables()).isEqualTo(clean.tables());
        assertThat(repaired.report()).isEqualTo(clean.report());
    }

    @Test
    void aMissingStopwordFileIsAConfigurationErrorAndWritesNothingAnywhere() throws Exception {
        Cell cell = cell();
        List<String> master = masterState(cell);
        List<String> keys = cell.s3().keys(cell.bucket());
        sns.resetRequests();
        List<String> args = new ArrayList<>(jobArguments(cell, "new"));
        args.addAll(List.of("--set", "nlp.stopwords=/nonexistent/stopwords-ko.txt"));
        var err = new ByteArrayOutputStream();

        int exit =
                StatBatchJob.run(
                        args.toArray(String[]::new),
                        spark,
                        Clock.systemUTC(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        RunFaults.NONE);

        assertThat(exit).isEqualTo(StatBatchJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("nlp.stopwords", "/nonexistent/stopwords-ko.txt");
        assertThat(masterState(cell)).isEqualTo(master);
        assertThat(snapshot(cell)).isEqualTo(before);
        assertThat(cell.s3().keys(cell.bucket())).isEqualTo(keys);
        assertThat(SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock())).isEmpty();
        record(
                "| configuration (before anything) | missing stopword file | 2 | old | old"
                        + " | no row written | 0 | nothing to repair |");
    }

    /** A row of the matrix, printed at once too: a long matrix shows its progress. */
    private static synchronized void record(String row) {
        MATRIX.add(row);
        System.out.println("fault matrix row: " + row);
    }

    /** Master, period and run rows with their timestamps: a write anywhere changes them. */
    private static List<String> masterState(Cell cell) {
        List<String> rows = new ArrayList<>();
        rows.addAll(Sql.rows(cell.db(), "select * from stat_dimension order by building_id"));
        rows.addAll(Sql.rows(cell.db(), "select * from stat_period order by period_id"));
        rows.addAll(Sql.rows(cell.db(), "select * from stat_job_run order by run_id"));
        return rows;
    }

    private static RunFaults faults(Boundary boundary, Fault fault, Cell cell) {
        DbSettings db = cell.db();
        InjectedFault.Action action =
                switch (fault) {
                    case EXCEPTION ->
                            () -> {
                                throw new IllegalStateException("injected at " + boundary.label);
                            };
                    case KILLED_CONNECTION -> () -> terminateOtherConnections(db);
                    case S3_STOPPED -> () -> s3.stopServing();
                    case SNS_500 ->
                            () ->
                                    sns.stubFor(
                                            post(urlEqualTo("/"))
                                                    .willReturn(aResponse().withStatus(500)));
                    case SIGKILL -> InjectedFault::killThisJvm;
                };
        return InjectedFault.at(boundary, action, fault == Fault.KILLED_CONNECTION);
    }

    /** Every other session of the database, as a failover or an idle-session kill would. */
    private static void terminateOtherConnections(DbSettings db) throws Exception {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.execute(
                    "select pg_terminate_backend(pid) from pg_stat_activity"
                            + " where datname = current_database() and pid <> pg_backend_pid()");
        }
    }

    /** The run in a JVM of its own that kills itself at the boundary; returns its exit code. */
    private static int killedRun(Cell cell, Boundary boundary) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        // A run of seconds: C1 compiles in time; C2 would take CPU from the cells running here.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Daws."))
                .forEach(command::add);
        for (String key : List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.region")) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KilledJobRun.class.getName());
        command.add(boundary.name());
        command.add(cell.s3().endpoint());
        command.addAll(jobArguments(cell, "new"));
        File log = Files.createTempFile("killed-run", ".log").toFile();
        Process child =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        long started = System.nanoTime();
        try {
            if (!child.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The killed run did not end; its log: " + log);
            }
            System.out.printf(
                    "killed run %s: exit %d after %d ms%n",
                    boundary, child.exitValue(), (System.nanoTime() - started) / 1_000_000);
            return child.exitValue();
        } finally {
            // Not left running when the wait gave up or the test class ended before it.
            child.destroyForcibly();
        }
    }

    /** A new database and bucket holding what the month's previous run left. */
    private static Cell cell() throws Exception {
        return cell(s3, sns.baseUrl());
    }

    /** The same, with the bucket on {@code server} and the run's SNS at {@code snsEndpoint}. */
    private static Cell cell(S3Server server, String snsEndpoint) throws Exception {
        int n = CELLS.incrementAndGet();
        // Unique across both servers: s3a caches one client per bucket name, with its endpoint.
        String bucket = "cell-" + n;
        server.createBucket(bucket);
        for (String key : s3.keys("base")) {
            server.put(bucket, key, s3.get("base", key));
        }
        return new Cell(LocalPostgres.copyOf(base), server, bucket, snsEndpoint);
    }

    private static List<String> jobArguments(Cell cell, String runId) {
        List<String> args = new ArrayList<>(DatabaseFlags.of(cell.db()));
        args.addAll(
                List.of(
                        "--period", "2026-10",
                        "--run-id", runId,
                        "--set", "report.prefix=s3a://" + cell.bucket() + "/monthly",
                        "--set", "notify.sns-topic-arn=" + SnsStub.TOPIC,
                        "--set", "aws.region=ap-northeast-2",
                        "--set", "aws.sns-endpoint=" + cell.snsEndpoint(),
                        "--set", "aws.s3-endpoint=" + cell.s3().endpoint()));
        return args;
    }

    private static int job(Cell cell, String runId, RunFaults faults) {
        return StatBatchJob.run(
                jobArguments(cell, runId).toArray(String[]::new),
                spark,
                Clock.systemUTC(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                faults);
    }

    private static Snapshot snapshot(Cell cell) {
        List<String> tables = new ArrayList<>();
        tables.addAll(
                Sql.rows(
                        cell.db(),
                        "select building_id, term, pos, term_freq, doc_freq, bg_doc_freq, score, rank,"
                                + " distinctive_rank"
                                + " from stat_keyword order by building_id, rank"));
        tables.addAll(Sql.rows(cell.db(), "select * from stat_building order by building_id"));
        Map<String, String> report = new TreeMap<>();
        for (String key : cell.s3().keys(cell.bucket())) {
            String name = key.substring(FOLDER.length());
            if (key.startsWith(FOLDER) && !name.contains("/")) {
                // ISO-8859-1 keeps every byte, so equal strings are equal files.
                report.put(
                        name,
                        new String(cell.s3().get(cell.bucket(), key), StandardCharsets.ISO_8859_1));
            }
        }
        return new Snapshot(tables, report);
    }

    private static String which(Object state, Object old, Object next) {
        return Objects.equals(state, next)
                ? "new"
                : Objects.equals(state, old) ? "old" : "HALF-WRITTEN";
    }

    /** old, new, or mixed when some files are the old run's and some the new one's. */
    private static String reportState(Snapshot after) {
        List<String> files = new ArrayList<>();
        for (String name : clean.report().keySet()) {
            files.add(
                    which(
                            after.report().get(name),
                            before.report().get(name),
                            clean.report().get(name)));
        }
        if (files.contains("HALF-WRITTEN")
                || !after.report().keySet().equals(clean.report().keySet())) {
            return "HALF-WRITTEN " + files;
        }
        return files.stream().distinct().count() == 1 ? files.get(0) : "mixed";
    }
}
