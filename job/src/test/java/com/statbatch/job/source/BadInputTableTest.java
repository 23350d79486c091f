package com.statbatch.job.source;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.OctoberFixture;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.spark.KoreanKeywordsUdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file per format with one row of each bad kind, and the fate of every row: a document (of
 * which building, at what instant, with how many keywords) or the reason it was skipped. The job
 * then runs on the same file and its counts must be the table's.
 */
class BadInputTableTest {

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));
    private static final SourceColumns COLUMNS =
            new SourceColumns("text_id", "building_id", "created_at", "body");
    private static final String AT = "\"created_at\": \"2026-10-05T10:00:00+09:00\"";
    private static final String DOCUMENT_101 = "document 101 2026-10-05T01:00:00Z";
    private static final String MEGABYTE_BODY = "누수 ".repeat(350_000);

    private static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void spark() {
        spark = LocalSpark.session();
        spark.conf().set("spark.sql.session.timeZone", "Asia/Seoul");
        KoreanKeywordsUdf.register(
                spark, NlpSettings.fromConfig(StatBatchConfig.load(Optional.empty(), Map.of())));
    }

    /** Each JSON Lines row, its kind and its fate; rows without a readable id are keyed "?". */
    private static final List<String[]> JSONL =
            List.of(
                    row(
                            "BOM before the first record",
                            "j01",
                            "\uFEFF{\"text_id\": \"j01\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"엘리베이터 고장\"}",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "CRLF line end",
                            "j02",
                            "{\"text_id\": \"j02\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"주차장 청소\"}\r",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "truncated JSON",
                            "?",
                            "{\"text_id\": \"j03\", \"building_id\": 101, \"created_at\": \"2026-10-0",
                            "malformed_record"),
                    row("blank line", "?", "", "malformed_record"),
                    row(
                            "building id as a string",
                            "j05",
                            "{\"text_id\": \"j05\", \"building_id\": \" 102 \", "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "document 102 2026-10-05T01:00:00Z 1 keywords"),
                    row(
                            "null building id",
                            "j06",
                            "{\"text_id\": \"j06\", \"building_id\": null, "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "missing_building_id"),
                    row(
                            "negative building id",
                            "j07",
                            "{\"text_id\": \"j07\", \"building_id\": -101, "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "invalid_building_id"),
                    row(
                            "overflowing building id",
                            "j08",
                            "{\"text_id\": \"j08\", \"building_id\": 99999999999999999999, "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "invalid_building_id"),
                    row(
                            "null body",
                            "j09",
                            "{\"text_id\": \"j09\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": null}",
                            DOCUMENT_101 + " 0 keywords"),
                    row(
                            "numeric body",
                            "j10",
                            "{\"text_id\": \"j10\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": 12345}",
                            "body_not_text"),
                    row(
                            "empty body",
                            "j11",
                            "{\"text_id\": \"j11\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"\"}",
                            DOCUMENT_101 + " 0 keywords"),
                    row(
                            "emoji only",
                            "j12",
                            "{\"text_id\": \"j12\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"😀🏢🔧\"}",
                            DOCUMENT_101 + " 0 keywords"),
                    row(
                            "1 MB body",
                            "j13",
                            "{\"text_id\": \"j13\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \""
                                    + MEGABYTE_BODY
                                    + "\"}",
                            DOCUMENT_101 + " 1 keywords truncated"),
                    row(
                            "lone surrogates",
                            "j14",
                            "{\"text_id\": \"j14\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"\\ud800누수\\udc00 곰팡이\"}",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "invalid UTF-8",
                            "j15",
                            "{\"text_id\": \"j15\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"누수 \u0000INVALID\u0000 곰팡이\"}",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "NUL in the body",
                            "j16",
                            "{\"text_id\": \"j16\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"누수\\u0000곰팡이\"}",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "timestamp without offset (Seoul)",
                            "j17",
                            "{\"text_id\": \"j17\", \"building_id\": 101, \"created_at\": \"2026-10-05 10:00:00\", \"body\": \"누수\"}",
                            DOCUMENT_101 + " 1 keywords"),
                    row(
                            "timestamp with nanoseconds",
                            "j18",
                            "{\"text_id\": \"j18\", \"building_id\": 101, \"created_at\": \"2026-10-05T10:00:00.123456789+09:00\", \"body\": \"누수\"}",
                            "document 101 2026-10-05T01:00:00.123456Z 1 keywords"),
                    row(
                            "timestamp in another format",
                            "j19",
                            "{\"text_id\": \"j19\", \"building_id\": 101, \"created_at\": \"05/10/2026 10:00\", \"body\": \"누수\"}",
                            "unparseable_timestamp"),
                    row(
                            "timestamp outside the month",
                            "j20",
                            "{\"text_id\": \"j20\", \"building_id\": 101, \"created_at\": \"2026-11-01T00:00:00+09:00\", \"body\": \"누수\"}",
                            "not counted: another period, its own run counts it"),
                    row(
                            "duplicated id",
                            "j01",
                            "{\"text_id\": \"j01\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"엘리베이터 고장\"}",
                            "duplicate_text_id"),
                    row(
                            "SQL-looking body",
                            "j22",
                            "{\"text_id\": \"j22\", \"building_id\": 101, "
                                    + AT
                                    + ", \"body\": \"'); drop table stat_keyword; -- 누수\"}",
                            DOCUMENT_101 + " 1 keywords"),
                    row(
                            "SQL-looking building id",
                            "j23",
                            "{\"text_id\": \"j23\", \"building_id\": \"101; drop table stat_keyword\", "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "invalid_building_id"),
                    row(
                            "building stat_dimension does not know",
                            "j24",
                            "{\"text_id\": \"j24\", \"building_id\": 999, "
                                    + AT
                                    + ", \"body\": \"누수\"}",
                            "unknown building 999"));

    private static String[] row(String kind, String id, String line, String fate) {
        return new String[] {kind, id, line, fate};
    }

    @Test
    void everyBadJsonLinesRowHasAKnownFate() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.write(file, jsonLinesBytes());

        assertThat(
                        fates(
                                new FileTextSource(
                                        file.toString(), FileFormat.JSONL, "dt", COLUMNS, true)))
                .isEqualTo(expected(JSONL));
        assertJobCountsMatch(file, "jsonl", JSONL);
    }

    /** The invalid-UTF-8 row gets real invalid bytes (0xC3 0x28) where its text says INVALID. */
    private static byte[] jsonLinesBytes() throws IOException {
        var out = new ByteArrayOutputStream();
        for (String[] r : JSONL) {
            String line = r[2];
            if (line.contains("\u0000INVALID\u0000")) {
                String[] parts = line.split("\u0000INVALID\u0000");
                out.write(parts[0].getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
                out.write(parts[1].getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static final List<String[]> CSV =
            List.of(
                    row(
                            "BOM before the header",
                            "c01",
                            "c01,101,2026-10-05T10:00:00+09:00,엘리베이터 고장",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "quoted body over two lines",
                            "c02",
                            "c02,101,2026-10-05T10:00:00+09:00,\"누수가\r\n심해요, \"\"급함\"\"\"",
                            DOCUMENT_101 + " 1 keywords"),
                    row(
                            "too few columns",
                            "c03",
                            "c03,101,2026-10-05T10:00:00+09:00",
                            "malformed_record"),
                    row(
                            "too many columns",
                            "c04",
                            "c04,101,2026-10-05T10:00:00+09:00,누수,곰팡이",
                            "malformed_record"),
                    row(
                            "row after the bad ones",
                            "c05",
                            "c05,102,2026-10-05T10:00:00+09:00,곰팡이",
                            "document 102 2026-10-05T01:00:00Z 1 keywords"),
                    row(
                            "unbalanced quote: RFC 4180 lets a quoted field span lines, so the"
                                    + " body runs to the end of the file",
                            "c06",
                            "c06,101,2026-10-05T10:00:00+09:00,\"누수",
                            DOCUMENT_101 + " 2 keywords"),
                    row(
                            "row after the unbalanced quote",
                            "c07",
                            "c07,103,2026-10-05T10:00:00+09:00,곰팡이",
                            "not counted: inside c06's body"));

    @Test
    void everyBadCsvRowHasAKnownFate() throws Exception {
        Path file = dir.resolve("bad.csv");
        String text =
                "\uFEFFtext_id,building_id,created_at,body\r\n"
                        + CSV.stream().map(r -> r[2]).collect(Collectors.joining("\r\n"))
                        + "\r\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);

        print("csv", CSV);
        assertThat(fates(new FileTextSource(file.toString(), FileFormat.CSV, "dt", COLUMNS, true)))
                .isEqualTo(expected(CSV));
        assertJobCountsMatch(file, "csv", CSV);
    }

    @Test
    void parquetColumnsOfTheWrongTypeAreSkippedWithTheirReason() {
        StructType numericTimes =
                columns(
                        DataTypes.LongType,
                        DataTypes.LongType,
                        DataTypes.LongType,
                        DataTypes.StringType);
        StructType numericBodies =
                columns(
                        DataTypes.StringType,
                        DataTypes.StringType,
                        DataTypes.TimestampType,
                        DataTypes.IntegerType);
        StructType fractionalIds =
                columns(
                        DataTypes.StringType,
                        DataTypes.DoubleType,
                        DataTypes.DateType,
                        DataTypes.StringType);
        Timestamp fifth = Timestamp.from(java.time.Instant.parse("2026-10-05T01:00:00Z"));

        assertThat(
                        parquetFates(
                                numericTimes,
                                RowFactory.create(1L, 101L, 1_791_165_600L, "누수"),
                                RowFactory.create(2L, 101L, 1_791_165_600_000L, "누수")))
                .isEqualTo(
                        Map.of(
                                "1",
                                List.of("unparseable_timestamp"),
                                "2",
                                List.of("unparseable_timestamp")));
        assertThat(
                        parquetFates(
                                numericBodies,
                                RowFactory.create("p1", "101", fifth, 42),
                                RowFactory.create("p2", "101", fifth, null)))
                .isEqualTo(
                        Map.of(
                                "p1", List.of("body_not_text"),
                                "p2", List.of(DOCUMENT_101 + " 0 keywords")));
        assertThat(
                        parquetFates(
                                fractionalIds,
                                RowFactory.create(
                                        "q1", 101.7, java.sql.Date.valueOf("2026-10-05"), "누수"),
                                RowFactory.create(
                                        "q2", 101.0, java.sql.Date.valueOf("2026-10-05"), "누수")))
                .isEqualTo(
                        Map.of(
                                "q1",
                                List.of("invalid_building_id"),
                                "q2",
                                List.of("invalid_building_id")));
    }

    private static StructType columns(
            DataType id, DataType building, DataType createdAt, DataType body) {
        return new StructType()
                .add("text_id", id)
                .add("building_id", building)
                .add("created_at", createdAt)
                .add("body", body);
    }

    private Map<String, List<String>> parquetFates(StructType schema, Row... rows) {
        Path folder = dir.resolve("parquet-" + schema.hashCode());
        spark.createDataFrame(List.of(rows), schema).coalesce(1).write().parquet(folder.toString());
        return fates(
                new FileTextSource(folder.toString(), FileFormat.PARQUET, "dt", COLUMNS, true));
    }

    /** The table as the closing note shows it. */
    private static void print(String format, List<String[]> table) {
        StringBuilder text =
                new StringBuilder("| " + format + " row | id | fate |\n|---|---|---|\n");
        table.forEach(
                r ->
                        text.append("| ")
                                .append(r[0])
                                .append(" | ")
                                .append(r[1])
                                .append(" | ")
                                .append(r[3])
                                .append(" |\n"));
        System.out.print(text);
    }

    /** text id (or "?") → the fates of its rows, sorted; rows "not counted" are left out. */
    private static Map<String, List<String>> expected(List<String[]> table) {
        Map<String, List<String>> fates = new TreeMap<>();
        for (String[] r : table) {
            if (!r[3].startsWith("not counted")) {
                fates.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[3]);
            }
        }
        fates.values().forEach(l -> l.sort(null));
        return fates;
    }

    /** The run's own chain up to analysis: read, classify, drop repeats, known buildings, UDF. */
    private static Map<String, List<String>> fates(TextSource source) {
        Dataset<Row> classified =
                RepeatedTexts.reject(TextValidation.classify(source.read(spark, OCTOBER), OCTOBER));
        List<Row> rows =
                classified
                        .select(
                                col(RawTextColumns.TEXT_ID),
                                col(TextValidation.REJECT_REASON),
                                col(RawTextColumns.BUILDING_ID),
                                col(RawTextColumns.CREATED_AT),
                                org.apache.spark.sql.functions.callUDF(
                                        KoreanKeywordsUdf.KEYWORDS_FUNCTION,
                                        col(RawTextColumns.BODY)),
                                org.apache.spark.sql.functions.callUDF(
                                        KoreanKeywordsUdf.TRUNCATED_FUNCTION,
                                        col(RawTextColumns.BODY)))
                        .collectAsList();
        Map<String, List<String>> fates = new TreeMap<>();
        for (Row r : rows) {
            String id = r.isNullAt(0) ? "?" : r.getString(0).trim();
            fates.computeIfAbsent(id, k -> new ArrayList<>()).add(fate(r));
        }
        fates.values().forEach(l -> l.sort(null));
        return fates;
    }

    private static String fate(Row r) {
        if (!r.isNullAt(1)) {
            return r.getString(1);
        }
        long building = r.getLong(2);
        if (building < 101 || building > 103) {
            return "unknown building " + building;
        }
        return "document "
                + building
                + " "
                + r.getTimestamp(3).toInstant()
                + " "
                + r.getList(4).size()
                + " keywords"
                + (r.getBoolean(5) ? " truncated" : "");
    }

    /** The job on the same file: documents, skips by reason and unknown buildings as tabled. */
    private void assertJobCountsMatch(Path file, String format, List<String[]> table)
            throws Exception {
        DbSettings db = OctoberFixture.freshDatabase();
        var err = new ByteArrayOutputStream();
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--period",
                                "2026-10",
                                "--run-id",
                                format,
                                "--input",
                                file.toString(),
                                "--format",
                                format,
                                "--set",
                                "report.prefix=" + dir.resolve("out-" + format)));
        args.addAll(DatabaseFlags.of(db));
        int code =
                StatBatchJob.run(
                        args.toArray(String[]::new),
                        spark,
                        Clock.systemUTC(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();

        Map<String, Long> skipped = new TreeMap<>();
        long documents = 0;
        long unknown = 0;
        for (String[] r : table) {
            if (r[3].startsWith("document")) {
                documents++;
            } else if (r[3].startsWith("unknown")) {
                unknown++;
            } else if (!r[3].startsWith("not counted")) {
                skipped.merge(r[3], 1L, Long::sum);
            }
        }
        assertThat(
                        Sql.one(
                                db,
                                "select documents || '|' || unknown_building_documents from stat_job_run"))
                .isEqualTo(documents + "|" + unknown);
        assertThat(
                        new ObjectMapper()
                                .readValue(
                                        Sql.one(db, "select skipped_rows::text from stat_job_run"),
                                        new TypeReference<TreeMap<String, Long>>() {}))
                .isEqualTo(skipped);
    }
}
