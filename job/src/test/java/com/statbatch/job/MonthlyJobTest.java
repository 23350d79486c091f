package com.statbatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.db.DbSettings;
import com.statbatch.common.testing.SnsStub;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.OctoberFixture;
import com.statbatch.job.testing.S3Server;
import com.statbatch.job.testing.SparkJobsSeen;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job from its command line to its effects, on real parts: embedded PostgreSQL, an in-process
 * S3 server reached through s3a, and the SNS API as a local stub.
 */
class MonthlyJobTest {

    @RegisterExtension static WireMockExtension sns = WireMockExtension.newInstance().build();

    static S3Server s3;
    static SparkSession spark;
    DbSettings db;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void servers() throws Exception {
        s3 = new S3Server();
        s3.createBucket("reports");
        spark = LocalSpark.session();
        s3.s3aSettings().forEach(spark.sparkContext().hadoopConfiguration()::set);
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
    }

    @BeforeEach
    void database() throws Exception {
        db = OctoberFixture.freshDatabase();
        sns.stubFor(post(urlEqualTo("/")).willReturn(SnsStub.publishOk("msg-1")));
    }

    int job(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(DatabaseFlags.of(db));
        all.addAll(
                List.of(
                        "--set",
                        "report.prefix=s3a://reports/monthly",
                        "--set",
                        "notify.sns-topic-arn=" + SnsStub.TOPIC,
                        "--set",
                        "aws.region=ap-northeast-2",
                        "--set",
                        "aws.sns-endpoint=" + sns.baseUrl(),
                        "--set",
                        "aws.s3-endpoint=" + s3.endpoint()));
        Clock novemberFirst = Clock.fixed(Instant.parse("2026-10-31T16:00:00Z"), ZoneOffset.UTC);
        return StatBatchJob.run(
                all.toArray(String[]::new),
                spark,
                novemberFirst,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    List<String> keywordTable() {
        return Sql.rows(
                db,
                "select building_id, rank, term, pos, term_freq, doc_freq, bg_doc_freq,"
                        + " round(score::numeric, 9), distinctive_rank"
                        + " from stat_keyword order by building_id, rank");
    }

    List<String> buildingTable() {
        return Sql.rows(db, "select * from stat_building order by building_id");
    }

    @Test
    void defaultPeriodIsThePreviousMonthInSeoulAndItsStatisticsReachPostgresS3AndSns()
            throws Exception {
        assertThat(job("--run-id", "run-1")).as(err.toString()).isEqualTo(StatBatchJob.OK);

        assertThat(
                        Sql.rows(
                                db,
                                "select building_id, documents, empty_documents from stat_building order by 1"))
                .containsExactly("101|4|1", "102|3|1", "103|1|0");
        assertThat(
                        Sql.rows(
                                db,
                                "select term, term_freq, doc_freq from stat_keyword where building_id = 101 and rank = 1"))
                .containsExactly("엘리베이터|3|2");
        assertThat(
                        Sql.rows(
                                db,
                                "select term, term_freq from stat_keyword where building_id = 102 and rank = 1"))
                .containsExactly("층간소음|2");
        assertThat(Sql.one(db, "select top_terms from stat_building where building_id = 103"))
                .contains("누수", "곰팡이");
        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || documents || '|' || buildings || '|' || unknown_building_documents"
                                        + " || '|' || skipped_rows::text from stat_job_run where run_id = 'run-1'"))
                .isEqualTo("SUCCEEDED|8|3|1|{}");

        byte[] csv = s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/building_keywords.csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith(
                        "\uFEFFperiod_start,period_end,building_id,building_name,rank,term,pos,term_freq,doc_freq,bg_doc_freq,score,distinctive_rank\r\n");
        assertThat(text).contains("2026-10-01,2026-10-31,101,한빛빌딩,1,엘리베이터,NNG,3,2,");
        assertThat(text).contains(",102,\"푸른, \"\"아파트\"\"\",1,층간소음,NNG,2,1,");
        // The bucket is the class's: other tests' runs have folders of their own under runs/.
        assertThat(s3.keys("reports"))
                .filteredOn(k -> !k.contains("/runs/") || k.contains("/runs/run-1/"))
                .containsExactlyInAnyOrder(
                        "monthly/stat/2026-10-01_2026-10-31/building_keywords.csv",
                        "monthly/stat/2026-10-01_2026-10-31/buildings.csv",
                        "monthly/stat/2026-10-01_2026-10-31/categories.csv",
                        "monthly/stat/2026-10-01_2026-10-31/report.html",
                        "monthly/stat/2026-10-01_2026-10-31/runs/run-1/building_keywords.csv",
                        "monthly/stat/2026-10-01_2026-10-31/runs/run-1/buildings.csv",
                        "monthly/stat/2026-10-01_2026-10-31/runs/run-1/categories.csv",
                        "monthly/stat/2026-10-01_2026-10-31/runs/run-1/report.html");
        assertThat(s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/runs/run-1/buildings.csv"))
                .isEqualTo(s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/buildings.csv"));
        assertThat(s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/runs/run-1/report.html"))
                .isEqualTo(s3.get("reports", "monthly/stat/2026-10-01_2026-10-31/report.html"));

        SnsStub.Published message =
                SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock()).get(0);
        assertThat(message.subject()).isEqualTo("stat-batch 2026-10 SUCCEEDED");
        assertThat(message.message())
                .contains(
                        "documents:   8",
                        "buildings:   3",
                        "unknown buildings: 1",
                        "S3 console:  https://console.aws.amazon.com/s3/object/reports?region=ap-northeast-2"
                                + "&prefix=monthly/stat/2026-10-01_2026-10-31/runs/run-1/building_keywords.csv");
        assertThat(message.message())
                .contains(
                        "[건물 민원 리포트] 2026-10",
                        "이전 달 데이터가 없어",
                        "리포트 (report.html): "
                                + s3.endpoint()
                                + "/reports/monthly/stat/2026-10-01_2026-10-31/runs/run-1/report.html");
        HttpResponse<byte[]> download = message.download();
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(csv);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("SUCCEEDED 2026-10 run run-1", "한빛빌딩");
    }

    /**
     * The Spark UI and the stage times say where a run spent its time: the read, the known
     * buildings and the one pass count as read-analyse, not as the stage before it.
     */
    @Test
    void everySparkJobOfARunIsLabelledWithTheStageThatRanIt() throws Exception {
        List<String> stages =
                SparkJobsSeen.during(
                                spark,
                                () ->
                                        assertThat(
                                                        job(
                                                                "--period",
                                                                "2026-10",
                                                                "--run-id",
                                                                "labelled"))
                                                .isZero())
                        .stream()
                        .map(job -> job.getProperty("spark.job.description"))
                        .map(description -> description.substring(description.indexOf(": ") + 2))
                        .toList();

        assertThat(stages.get(0)).isEqualTo("read-analyse");
        // write-db and write-report run side by side, so their jobs interleave.
        assertThat(stages.stream().distinct())
                .containsExactlyInAnyOrder(
                        "read-analyse",
                        "aggregate",
                        "trends",
                        "report-model",
                        "write-db",
                        "write-report");
    }

    @Test
    void rerunningAMonthGivesIdenticalTables() {
        assertThat(job("--period", "2026-10", "--run-id", "first")).isEqualTo(StatBatchJob.OK);
        List<String> keywords = keywordTable();
        List<String> buildings = buildingTable();

        assertThat(job("--period", "2026-10", "--run-id", "second")).isEqualTo(StatBatchJob.OK);

        assertThat(keywordTable()).isEqualTo(keywords).isNotEmpty();
        assertThat(buildingTable()).isEqualTo(buildings);
        assertThat(Sql.rows(db, "select run_id, status from stat_job_run order by run_id"))
                .containsExactly("first|SUCCEEDED", "second|SUCCEEDED");
    }

    @Test
    void readingByIdRangesGivesTheSameTablesAsReadingByDays() {
        assertThat(job("--period", "2026-10", "--run-id", "by-day")).isEqualTo(StatBatchJob.OK);
        List<String> keywords = keywordTable();
        List<String> buildings = buildingTable();

        assertThat(
                        job(
                                "--period",
                                "2026-10",
                                "--run-id",
                                "by-id",
                                "--set",
                                "source.jdbc.partition-by=id",
                                "--set",
                                "source.jdbc.num-partitions=3"))
                .as(err.toString())
                .isEqualTo(StatBatchJob.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("partitioned by id");
        assertThat(keywordTable()).isEqualTo(keywords).isNotEmpty();
        assertThat(buildingTable()).isEqualTo(buildings);
        assertThat(Sql.one(db, "select documents from stat_job_run where run_id = 'by-id'"))
                .isEqualTo(Long.toString(OctoberFixture.OCTOBER_DOCUMENTS));
    }

    @Test
    void anEmptyMonthSucceedsWithAnEmptyReportAndANotification() {
        assertThat(job("--period", "2026-07", "--run-id", "july")).isEqualTo(StatBatchJob.OK);

        assertThat(
                        Sql.one(
                                db,
                                "select status || '|' || documents || '|' || keywords from stat_job_run"))
                .isEqualTo("SUCCEEDED|0|0");
        assertThat(
                        new String(
                                s3.get(
                                        "reports",
                                        "monthly/stat/2026-07-01_2026-07-31/buildings.csv"),
                                StandardCharsets.UTF_8))
                .isEqualTo(
                        "\uFEFFperiod_start,period_end,building_id,building_name,documents,empty_documents,tokens,distinct_terms,top_terms,distinctive_terms\r\n");
        assertThat(SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock()))
                .extracting(SnsStub.Published::subject)
                .containsExactly("stat-batch 2026-07 SUCCEEDED");
    }

    @Test
    void fileSourceCountsMalformedRowsByReasonPrunesOtherMonthsAndAgreesWithTheJdbcSource(
            @TempDir Path dir) throws Exception {
        assertThat(job("--period", "2026-10", "--run-id", "jdbc")).isEqualTo(StatBatchJob.OK);
        List<String> fromJdbc = keywordTable();
        List<String> buildingsFromJdbc = buildingTable();
        OctoberFixture.writePartitionedJsonLines(
                dir,
                List.of(
                        "{\"text_id\": 100, \"created_at\": \"2026-10-25T10:00:00+09:00\", \"body\": \"건물 번호 없음\"}",
                        "{\"text_id\": 101, \"building_id\": 101, \"created_at\": \"어제 저녁\", \"body\": \"시간이 이상함\"}",
                        "{\"text_id\": 102, \"building_id\": 101, \"created_at\": \"2026-10-25T10:00:00+09:00\", \"body\": 12345}",
                        "{\"text_id\": 103, \"building_id\": 101, \"created_at\""));
        // A folder of another month is never opened: were it read, its line would count as
        // malformed.
        Files.writeString(
                Files.createDirectories(dir.resolve("dt=2026-11-05")).resolve("garbage.jsonl"),
                "not json at all\n");

        assertThat(
                        job(
                                "--period",
                                "2026-10",
                                "--run-id",
                                "files",
                                "--source",
                                "files",
                                "--input",
                                dir.toString(),
                                "--format",
                                "jsonl"))
                .as(err.toString())
                .isEqualTo(StatBatchJob.OK);

        assertThat(keywordTable()).isEqualTo(fromJdbc);
        assertThat(buildingTable()).isEqualTo(buildingsFromJdbc);
        assertThat(
                        Sql.one(
                                db,
                                "select skipped_rows::text from stat_job_run where run_id = 'files'"))
                .isEqualTo(
                        "{\"body_not_text\": 1, \"malformed_record\": 1, \"missing_building_id\": 1, \"unparseable_timestamp\": 1}");
        assertThat(SnsStub.publishedMessages(sns.getRuntimeInfo().getWireMock()).get(1).message())
                .contains(
                        "skipped:     4 {body_not_text=1, malformed_record=1, missing_building_id=1, unparseable_timestamp=1}");
    }

    @Test
    void aTextDeliveredTwiceInAFileCountsOnceUnlessRepeatsAreKept(@TempDir Path dir)
            throws Exception {
        OctoberFixture.writePartitionedJsonLines(
                dir, List.of(OctoberFixture.jsonLine(OctoberFixture.TEXTS.get(0))));
        String[] files = {"--period", "2026-10", "--input", dir.toString(), "--format", "jsonl"};

        assertThat(job(concat(files, "--run-id", "once"))).as(err.toString()).isEqualTo(0);
        assertThat(Sql.one(db, "select documents from stat_building where building_id = 101"))
                .isEqualTo("4");
        assertThat(
                        Sql.one(
                                db,
                                "select term_freq from stat_keyword where building_id = 101 and rank = 1"))
                .isEqualTo("3");
        assertThat(Sql.one(db, "select skipped_rows::text from stat_job_run where run_id = 'once'"))
                .isEqualTo("{\"duplicate_text_id\": 1}");

        assertThat(
                        job(
                                concat(
                                        files,
                                        "--run-id",
                                        "twice",
                                        "--set",
                                        "source.files.drop-repeated-ids=false")))
                .isEqualTo(0);
        assertThat(Sql.one(db, "select documents from stat_building where building_id = 101"))
                .isEqualTo("5");
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void filesAreReadFromS3ThroughS3a() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (OctoberFixture.Text t : OctoberFixture.TEXTS) {
            lines.append(OctoberFixture.jsonLine(t)).append('\n');
        }
        s3.createBucket("texts");
        s3.put("texts", "flat/all.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(
                        job(
                                "--period",
                                "2026-10",
                                "--run-id",
                                "s3",
                                "--input",
                                "s3a://texts/flat/*.jsonl"))
                .as(err.toString())
                .isEqualTo(StatBatchJob.OK);

        assertThat(Sql.one(db, "select documents from stat_job_run")).isEqualTo("8");
        assertThat(Sql.rows(db, "select building_id, documents from stat_building order by 1"))
                .containsExactly("101|4", "102|3", "103|1");
    }

    @Test
    void snsOutageAfterTheResultsAreWrittenDoesNotFailTheMonth() {
        sns.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(503)));

        assertThat(job("--period", "2026-10", "--run-id", "sns-down")).isEqualTo(StatBatchJob.OK);

        assertThat(Sql.one(db, "select status from stat_job_run")).isEqualTo("SUCCEEDED");
        assertThat(Sql.one(db, "select notify_error from stat_job_run")).isNotBlank();
        assertThat(keywordTable()).isNotEmpty();
    }

    @Test
    void dryRunAnalysesButWritesNothing() {
        Sql.execute(
                db,
                "insert into stat_dimension (building_id, name) select building_id, name from building");

        List<String> keysBefore = s3.keys("reports");

        assertThat(job("--period", "2026-10", "--dry-run"))
                .as(err.toString())
                .isEqualTo(StatBatchJob.OK);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("DRY RUN", "documents           8", "would write");
        assertThat(Sql.rows(db, "select count(*) from stat_keyword")).containsExactly("0");
        assertThat(Sql.rows(db, "select count(*) from stat_job_run")).containsExactly("0");
        assertThat(s3.keys("reports")).isEqualTo(keysBefore);
        assertThat(sns.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingStopwordFileExitsTwoBeforeAnythingIsWrittenAnywhere() {
        List<String> keysBefore = s3.keys("reports");

        assertThat(job("--period", "2026-10", "--set", "nlp.stopwords=/no/such/stopwords.txt"))
                .isEqualTo(StatBatchJob.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("nlp.stopwords", "/no/such/stopwords.txt");
        assertThat(
                        Sql.rows(
                                db,
                                "select (select count(*) from stat_dimension) || ' '"
                                        + " || (select count(*) from stat_period) || ' '"
                                        + " || (select count(*) from stat_job_run) || ' '"
                                        + " || (select count(*) from stat_keyword)"))
                .containsExactly("0 0 0 0");
        assertThat(s3.keys("reports")).isEqualTo(keysBefore);
        assertThat(sns.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMistypedKeyExitsTwoNamingTheNearestKnownKey() {
        assertThat(job("--period", "2026-10", "--set", "analysis.topk=5"))
                .isEqualTo(StatBatchJob.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown key analysis.topk", "did you mean analysis.top-k?");
        assertThat(Sql.rows(db, "select count(*) from stat_job_run")).containsExactly("0");
    }

    @Test
    void configuredNamesThatAreNotIdentifiersAreRejectedBeforeAnythingRuns() {
        assertThat(
                        job(
                                "--period",
                                "2026-10",
                                "--set",
                                "source.jdbc.table=building_text; drop table stat_keyword"))
                .isEqualTo(StatBatchJob.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("source.jdbc.table", "not a plain SQL identifier");
        assertThat(Sql.rows(db, "select count(*) from stat_job_run")).containsExactly("0");
    }

    @Test
    void aPeriodIdThatNamesAnotherPeriodFailsTheRunBeforeAnyRowIsWritten() {
        String september =
                Sql.one(
                        db,
                        "insert into stat_period (period_type, start_date, end_date, time_zone)"
                                + " values ('MONTH', '2026-09-01', '2026-10-01', 'Asia/Seoul') returning period_id");
        List<String> dimensions = Sql.rows(db, "select * from stat_dimension order by 1");

        assertThat(job("--period", "2026-10", "--period-id", september, "--run-id", "wrong-id"))
                .isEqualTo(StatBatchJob.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Period id " + september + " is MONTH 2026-09-01..2026-10-01");
        assertThat(Sql.rows(db, "select * from stat_dimension order by 1")).isEqualTo(dimensions);
        assertThat(Sql.rows(db, "select count(*) from stat_period")).containsExactly("1");
        assertThat(Sql.rows(db, "select count(*) from stat_keyword")).containsExactly("0");
        assertThat(Sql.rows(db, "select count(*) from stat_job_run")).containsExactly("0");
    }

    @Test
    void malformedPeriodIsAUsageErrorNamingTheValue() {
        assertThat(job("--period", "2026-13")).isEqualTo(StatBatchJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'2026-13'", "YYYY-MM");
    }

    @Test
    void helpDocumentsEveryFlag() {
        assertThat(
                        StatBatchJob.run(
                                new String[] {"--help"},
                                spark,
                                Clock.systemUTC(),
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                System.err))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "--period",
                        "--from",
                        "--to",
                        "--period-id",
                        "--source",
                        "--input",
                        "--format",
                        "--config",
                        "--run-id",
                        "--dry-run",
                        "--set");
    }
}
