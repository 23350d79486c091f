package com.statbatch.job.bench;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.local.LocalDatabase;
import com.statbatch.job.local.LocalSparkSession;
import com.statbatch.udf.tools.CorpusArgument;
import com.statbatch.udf.tools.CorpusReader;
import com.statbatch.udf.tools.CorpusReader.CorpusDocument;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * scripts/compare-analyzers.sh: the job on one month of the shared corpus, once with Nori and once
 * with KOMORAN, and per building the overlap of the two top-N keyword lists. Not a test.
 */
@Command(
        name = "compare-analyzers.sh",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Runs the job on one month of a corpus with Nori, then with KOMORAN, and compares"
                        + " each building's top keywords (Jaccard index of the two term sets).")
public final class AnalyzerComparison implements Callable<Integer> {

    private static final List<String> ANALYZERS = List.of("nori", "komoran");

    @Mixin private CorpusArgument corpus = new CorpusArgument();

    @Option(
            names = "--month",
            paramLabel = "YYYY-MM",
            description = "The month analysed (default: ${DEFAULT-VALUE}).")
    private String month = "2015-08";

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "Length of the keyword lists compared (default: ${DEFAULT-VALUE}).")
    private int top = 10;

    @Option(
            names = "--min-documents",
            paramLabel = "N",
            description =
                    "Buildings with at least N documents get a mean of their own (default: ${DEFAULT-VALUE}).")
    private long minDocuments = 10;

    @Option(
            names = "--show",
            paramLabel = "N",
            description =
                    "Buildings printed side by side, those with the most documents (default: ${DEFAULT-VALUE}).")
    private int show = 5;

    @Option(
            names = "--komoran-model",
            paramLabel = "FULL|LIGHT",
            description = "KOMORAN's model (default: nlp.komoran-model).")
    private String komoranModel;

    private final PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnalyzerComparison()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!corpus.present(out)) {
            return 0;
        }
        StatPeriod period = StatPeriod.ofMonth(StatPeriod.parseMonth(month));
        List<CorpusDocument> texts = textsOf(period);
        Path reports = Files.createTempDirectory("stat-batch-compare");
        Map<String, Map<Long, List<String>>> topTerms = new LinkedHashMap<>();
        Map<Long, Long> documents;
        try (LocalDatabase database = LocalDatabase.start(Map.of())) {
            database.migrate();
            DbSettings db = database.settings();
            CorpusLoader.load(db, texts);
            try (LocalSparkSession local = LocalSparkSession.start()) {
                for (String analyzer : ANALYZERS) {
                    runJob(local.session(), db, period, analyzer, reports);
                    topTerms.put(analyzer, topTerms(db));
                }
            }
            documents = documentsPerBuilding(db);
        }
        List<TopTermsOverlap> overlaps =
                TopTermsOverlap.of(documents, topTerms.get("nori"), topTerms.get("komoran"));
        print(period, texts.size(), overlaps);
        return 0;
    }

    /** The corpus's texts whose created_at falls in the period (Asia/Seoul), as the job selects. */
    private List<CorpusDocument> textsOf(StatPeriod period) throws Exception {
        List<CorpusDocument> inPeriod = new ArrayList<>();
        for (CorpusDocument d : CorpusReader.read(corpus.path(), 0)) {
            try {
                if (period.contains(OffsetDateTime.parse(d.createdAt()).toInstant())) {
                    inPeriod.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "Text "
                                + d.docId()
                                + " of "
                                + corpus.path()
                                + " has created_at '"
                                + d.createdAt()
                                + "'; expected an ISO date-time with offset, as 2015-08-01T12:00:00+09:00",
                        e);
            }
        }
        return inPeriod;
    }

    private void runJob(
            SparkSession spark, DbSettings db, StatPeriod period, String analyzer, Path reports) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--period", period.label(),
                                "--run-id", "compare-" + analyzer,
                                "--set", "report.prefix=" + reports.resolve(analyzer),
                                "--set", "nlp.analyzer=" + analyzer));
        args.addAll(DatabaseFlags.of(db));
        if (komoranModel != null) {
            args.addAll(List.of("--set", "nlp.komoran-model=" + komoranModel));
        }
        out.println("== the job on " + period.label() + " with " + analyzer);
        int code =
                StatBatchJob.run(args.toArray(String[]::new), spark, Clock.systemUTC(), out, out);
        if (code != StatBatchJob.OK) {
            throw new IllegalStateException(
                    "The job with "
                            + analyzer
                            + " ended with exit code "
                            + code
                            + "; its reason is in the lines above.");
        }
    }

    /** Each building's first {@code top} terms by the job's rank, from the tables it just wrote. */
    private Map<Long, List<String>> topTerms(DbSettings db) throws SQLException {
        Map<Long, List<String>> terms = new LinkedHashMap<>();
        try (Connection c = db.connect();
                PreparedStatement st =
                        c.prepareStatement(
                                "select building_id, term from stat_keyword where rank <= ?"
                                        + " order by building_id, rank")) {
            st.setInt(1, top);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    terms.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
        }
        return terms;
    }

    private static Map<Long, Long> documentsPerBuilding(DbSettings db) throws SQLException {
        Map<Long, Long> documents = new LinkedHashMap<>();
        try (Connection c = db.connect();
                ResultSet rs =
                        c.createStatement()
                                .executeQuery("select building_id, documents from stat_building")) {
            while (rs.next()) {
                documents.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return documents;
    }

    private void print(StatPeriod period, int texts, List<TopTermsOverlap> overlaps) {
        out.printf(
                Locale.ROOT,
                "%nNori against KOMORAN%s on %s: %,d texts, %,d buildings; top-%d keyword lists,"
                        + " Jaccard index of the two term sets per building%n",
                komoranModel == null ? "" : " " + komoranModel,
                period.label(),
                texts,
                overlaps.size(),
                top);
        printMean(overlaps, minDocuments, "buildings with >= " + minDocuments + " documents");
        printMean(overlaps, 1, "all buildings");
        out.printf(
                Locale.ROOT,
                "(buildings without a keyword under either analyzer are left out: %d)%n%n",
                overlaps.stream().filter(o -> !o.comparable()).count());
        overlaps.stream()
                .sorted(Comparator.comparingLong(TopTermsOverlap::documents).reversed())
                .limit(show)
                .forEach(
                        o -> {
                            out.printf(
                                    Locale.ROOT,
                                    "building %d: %,d documents, Jaccard %.2f%n",
                                    o.buildingId(),
                                    o.documents(),
                                    o.jaccard());
                            out.println("  nori     " + String.join(", ", o.first()));
                            out.println("  komoran  " + String.join(", ", o.second()));
                        });
    }

    private void printMean(List<TopTermsOverlap> overlaps, long min, String label) {
        long count = overlaps.stream().filter(o -> o.documents() >= min && o.comparable()).count();
        OptionalDouble mean = TopTermsOverlap.meanJaccard(overlaps, min);
        out.printf(
                Locale.ROOT,
                "  %-34s %,6d buildings  mean Jaccard %s%n",
                label,
                count,
                mean.isPresent() ? String.format(Locale.ROOT, "%.3f", mean.getAsDouble()) : "-");
    }
}
