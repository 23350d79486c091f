package com.statbatch.job.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.JobSettings;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.local.LocalDatabase;
import com.statbatch.job.local.LocalSparkSession;
import com.statbatch.job.run.RunSummary;
import com.statbatch.job.source.SourceSettings;
import com.statbatch.job.source.TextSource;
import com.statbatch.job.source.TextSources;
import com.statbatch.job.source.TextValidation;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.keyword.KeywordExtractor;
import com.statbatch.udf.tools.AnalyzerOptions;
import com.statbatch.udf.tools.CorpusArgument;
import com.statbatch.udf.tools.CorpusReader;
import com.statbatch.udf.tools.CorpusReader.CorpusDocument;
import com.statbatch.udf.tools.TokenizerThroughput;
import com.typesafe.config.Config;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * scripts/bench.sh: the whole job over the shared corpus, from a file and from PostgreSQL, with the
 * real sinks, measured side by side with the raw tokenizer on the same texts. Not a test.
 */
@Command(
        name = "bench.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "End-to-end throughput of the job against the raw tokenizer, on the shared corpus.")
public final class EndToEndBenchmark implements Callable<Integer> {

    @Mixin private CorpusArgument corpus = new CorpusArgument();

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First day analysed (default: ${DEFAULT-VALUE}).")
    private String from = "2003-01-01";

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Last day analysed (default: ${DEFAULT-VALUE}).")
    private String to = "2015-08-31";

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads of the parallel tokenizer pass (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(
            names = "--results",
            paramLabel = "FILE",
            description = "Where the figures go as JSON (default: ${DEFAULT-VALUE}).")
    private Path results = Path.of("bench-results.json");

    @Mixin private AnalyzerOptions analyzer = new AnalyzerOptions();

    private final Map<String, Object> figures = new LinkedHashMap<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new EndToEndBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!corpus.present(System.out)) {
            return 0;
        }
        StatPeriod period = StatPeriod.ofDays(StatPeriod.parseDay(from), StatPeriod.parseDay(to));
        Path work = Files.createTempDirectory("stat-batch-bench");
        Path quarter = writeQuarter(work.resolve("quarter.jsonl.gz"));

        List<CorpusDocument> documents = CorpusReader.read(corpus.path(), 0);
        figures.put("corpus", Map.of("path", corpus.path().toString(), "texts", documents.size()));
        measureTokenizer(documents.stream().map(CorpusDocument::body).toList());

        try (LocalDatabase database =
                timed("postgres_start_s", () -> LocalDatabase.start(Map.of()))) {
            database.migrate();
            DbSettings db = database.settings();
            long began = System.nanoTime();
            long loaded = CorpusLoader.load(db, documents);
            figures.put(
                    "postgres_copy_load_texts_per_s", loaded / seconds(System.nanoTime() - began));
            documents = null;
            System.gc();

            Map<String, Object> runs = new LinkedHashMap<>();
            Map<String, String> file =
                    Map.of(
                            "source.type",
                            "files",
                            "source.files.input",
                            corpus.path().toAbsolutePath().toString(),
                            "source.id-column",
                            "doc_id");
            try (HeapSampler heap = new HeapSampler()) {
                try (LocalSparkSession local =
                        timed("spark_session_start_s", LocalSparkSession::start)) {
                    SparkSession spark = local.session();
                    runs.put("file", run(spark, db, period, work, "file", file, heap));
                    runs.put(
                            "jdbc",
                            run(
                                    spark,
                                    db,
                                    period,
                                    work,
                                    "jdbc",
                                    Map.of("source.type", "jdbc"),
                                    heap));
                    runs.put(
                            "file_quarter",
                            run(
                                    spark,
                                    db,
                                    period,
                                    work,
                                    "quarter",
                                    Map.of(
                                            "source.type",
                                            "files",
                                            "source.files.input",
                                            quarter.toString(),
                                            "source.id-column",
                                            "doc_id"),
                                    heap));
                }
                try (LocalSparkSession oneCore = LocalSparkSession.start("local[1]")) {
                    runs.put(
                            "file_1_core",
                            run(oneCore.session(), db, period, work, "one-core", file, heap));
                }
                figures.put("runs", runs);
                figures.put(
                        "driver_max_heap_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
            }
        }
        derive();
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(results.toFile(), figures);
        new BenchmarkTable(figures).print(System.out);
        System.out.println("Figures written to " + results.toAbsolutePath());
        return 0;
    }

    private void measureTokenizer(List<String> texts) {
        NlpSettings nlp =
                NlpSettings.fromConfig(
                        StatBatchConfig.load(Optional.empty(), Map.of(), analyzer.overrides()));
        KeywordExtractor extractor = KeywordExtractor.forSettings(nlp);
        TokenizerThroughput.measure(extractor, texts, threads);
        TokenizerThroughput.Result one = TokenizerThroughput.measure(extractor, texts, 1);
        TokenizerThroughput.Result many = TokenizerThroughput.measure(extractor, texts, threads);
        figures.put("tokenizer_1_thread_texts_per_s", one.documentsPerSecond());
        figures.put("tokenizer_" + threads + "_threads_texts_per_s", many.documentsPerSecond());
        figures.put("tokenizer_keywords_per_text", many.keywordsPerDocument());
    }

    private Map<String, Object> run(
            SparkSession spark,
            DbSettings db,
            StatPeriod period,
            Path work,
            String name,
            Map<String, String> source,
            HeapSampler heap)
            throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(source);
        overrides.putAll(db.configOverrides());
        overrides.put("report.prefix", work.resolve("reports-" + name).toString());
        overrides.putAll(analyzer.overrides());
        Config config = StatBatchConfig.load(Optional.empty(), Map.of(), overrides);
        JobSettings settings = JobSettings.from(config, period, "bench-" + name, false);
        TextSource texts = TextSources.from(SourceSettings.fromConfig(config), db);

        System.gc();
        heap.reset();
        long readBegan = System.nanoTime();
        spark.conf().set("spark.sql.session.timeZone", StatPeriod.ZONE.getId());
        // Touch every column, or Spark would prune the read down to counting rows.
        long rows =
                TextValidation.classify(texts.read(spark, period), period)
                        .selectExpr("count(building_id)", "count(created_at)", "sum(length(body))")
                        .first()
                        .getLong(0);
        double readSeconds = seconds(System.nanoTime() - readBegan);

        RunSummary summary = StatBatchJob.execute(settings, db, texts, spark);
        Map<String, Object> run = new LinkedHashMap<>();
        double total = summary.total().toNanos() / 1e9;
        run.put("documents", summary.counts().documents());
        run.put("input_rows", rows);
        run.put("keyword_rows", summary.counts().keywords());
        run.put("building_rows", summary.counts().buildings());
        run.put("seconds", total);
        run.put("texts_per_s", summary.counts().documents() / total);
        run.put("read_only_pass_s", readSeconds);
        run.put("peak_heap_mb", heap.peakBytes() / (1024.0 * 1024));
        Map<String, Double> stages = new LinkedHashMap<>();
        summary.stageTimes().forEach((stage, took) -> stages.put(stage, took.toNanos() / 1e9));
        run.put("stages_s", stages);
        Duration write = summary.stageTimes().getOrDefault("write-db", Duration.ZERO);
        run.put(
                "db_rows_per_s",
                (summary.counts().keywords() + summary.counts().buildings())
                        / (write.toNanos() / 1e9));
        return run;
    }

    @SuppressWarnings("unchecked")
    private void derive() {
        Map<String, Object> runs = (Map<String, Object>) figures.get("runs");
        double raw = (double) figures.get("tokenizer_" + threads + "_threads_texts_per_s");
        for (String name : List.of("file", "jdbc")) {
            Map<String, Object> run = (Map<String, Object>) runs.get(name);
            run.put("ratio_to_raw_" + threads + "_threads", (double) run.get("texts_per_s") / raw);
        }
        double whole = (double) ((Map<String, Object>) runs.get("file")).get("seconds");
        double part = (double) ((Map<String, Object>) runs.get("file_quarter")).get("seconds");
        figures.put("scaling_whole_over_4x_quarter", whole / (4 * part));
        Map<String, Object> oneCore = (Map<String, Object>) runs.get("file_1_core");
        oneCore.put(
                "ratio_to_raw_1_thread",
                (double) oneCore.get("texts_per_s")
                        / (double) figures.get("tokenizer_1_thread_texts_per_s"));
        figures.put("speed_up_1_to_2_cores", (double) oneCore.get("seconds") / whole);
        figures.put(
                "driver_peak_heap_mb",
                runs.values().stream()
                        .mapToDouble(r -> (double) ((Map<String, Object>) r).get("peak_heap_mb"))
                        .max()
                        .orElseThrow());
    }

    /** The first quarter of the corpus's lines, gzip-compressed like the corpus itself. */
    private Path writeQuarter(Path target) throws IOException {
        long lines;
        try (BufferedReader in = corpusReader()) {
            lines = in.lines().count();
        }
        try (BufferedReader in = corpusReader();
                BufferedWriter out =
                        new BufferedWriter(
                                new OutputStreamWriter(
                                        new GZIPOutputStream(Files.newOutputStream(target)),
                                        StandardCharsets.UTF_8))) {
            for (long i = 0; i < lines / 4; i++) {
                out.write(in.readLine());
                out.write('\n');
            }
        }
        return target;
    }

    private BufferedReader corpusReader() throws IOException {
        return new BufferedReader(
                new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(corpus.path())),
                        StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Start<T> {
        T get() throws Exception;
    }

    private <T> T timed(String figure, Start<T> start) throws Exception {
        long began = System.nanoTime();
        T value = start.get();
        figures.put(figure, seconds(System.nanoTime() - began));
        return value;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
