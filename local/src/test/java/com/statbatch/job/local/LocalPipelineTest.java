package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.StatBatchJob;
import com.statbatch.job.testing.LocalSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local pipeline in-process, with its own embedded PostgreSQL and the tests' Spark session. */
class LocalPipelineTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir Path dir;

    @BeforeAll
    static void spark() {
        LocalSpark.session();
    }

    int pipeline(String... args) {
        return LocalPipeline.run(
                args,
                Map.of(),
                Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoRunSeedsAnalysesAndReportsEveryBuildingWithProgressAndAnOkLine() throws Exception {
        int code =
                pipeline(
                        "--period",
                        "2026-02",
                        "--docs",
                        "300",
                        "--buildings",
                        "4",
                        "--seed",
                        "5",
                        "--out",
                        dir.resolve("out").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(StatBatchJob.OK);
        DemoCorpus corpus = new DemoCorpus(5);
        List<DemoBuilding> buildings = corpus.buildings(4);
        long registeredTexts =
                corpus
                        .texts(
                                buildings,
                                StatPeriod.ofMonth(YearMonth.of(2026, 2)),
                                300,
                                DemoCorpus.TopicMix.LEAK_WAVE)
                        .stream()
                        .filter(t -> t.buildingId() != DemoCorpus.UNREGISTERED_BUILDING_ID)
                        .count();
        assertThat(stdout())
                .contains(
                        "[1/5] starting PostgreSQL ...",
                        "[2/5] applying migrations ...",
                        "[3/5] starting Spark (local[*]) ...",
                        "[4/5] seeding 4 demo buildings and 300 texts for 2026-02 (and the month"
                                + " before, run first) ...",
                        "4 buildings, 300 texts from 2026-02-01 to 2026-02-28 (seed 5)",
                        "[5/5] running the job for 2026-02 ...",
                        "  documents           " + registeredTexts + "\n",
                        "SUCCEEDED 2026-02 run local-2026-02-");
        assertThat(stdout()).contains(buildings.stream().map(DemoBuilding::name).toList());
        Path report = dir.resolve("out/stat/2026-02-01_2026-02-28");
        assertThat(stdout())
                .containsPattern(
                        "OK: 2026-02 analysed in [0-9.]+s: "
                                + registeredTexts
                                + " documents, 4 buildings, [0-9]+ keyword rows; reports in "
                                + report.toAbsolutePath());
        assertThat(Files.readString(report.resolve("buildings.csv"), StandardCharsets.UTF_8))
                .contains(buildings.get(0).name());
        // The month before was seeded and run first, so the report compares with it.
        assertThat(Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8))
                .contains("비교 기준: <b>2026-01</b>");
    }

    @Test
    void fileRunRegistersEveryBuildingTheFileMentionsSoTheReportCoversThem() throws Exception {
        Path input = dir.resolve("texts.jsonl");
        Files.writeString(
                input,
                String.join(
                        "\n",
                        "{\"doc_id\": 1, \"building_id\": 501, \"created_at\": \"2015-08-01T00:00:00+09:00\", \"body\": \"엘리베이터가 고장났어요\"}",
                        "{\"doc_id\": 2, \"building_id\": 502, \"created_at\": \"2015-08-31T23:59:59+09:00\", \"body\": \"주차장이 너무 좁아요\"}",
                        "{\"doc_id\": 3, \"building_id\": 503, \"created_at\": \"2015-07-31T23:59:59+09:00\", \"body\": \"누수 점검 부탁드립니다\"}"),
                StandardCharsets.UTF_8);

        int code =
                pipeline(
                        "--input",
                        input.toString(),
                        "--format",
                        "jsonl",
                        "--period",
                        "2015-08",
                        "--config",
                        Path.of("..", "conf", "examples", "nsmc-corpus.conf").toString(),
                        "--out",
                        dir.resolve("out").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(StatBatchJob.OK);
        assertThat(stdout())
                .contains(
                        "[4/5] registering the buildings that " + input + " mentions ...",
                        "3 buildings in the file, 3 new in the building table",
                        "건물 501",
                        "건물 502",
                        "  unknown buildings   0 (0 documents)",
                        "OK: 2015-08 analysed in");
        assertThat(stdout()).containsPattern("2 documents, 2 buildings, [0-9]+ keyword rows");
    }

    @Test
    void usageErrorsStopBeforeAnythingStartsWithExitCodeTwo() {
        assertThat(pipeline("--period", "2026-13")).isEqualTo(StatBatchJob.USAGE);
        assertThat(pipeline("--docs", "-5")).isEqualTo(StatBatchJob.USAGE);
        assertThat(pipeline("--period", "2026-01", "--from", "2026-01-01", "--to", "2026-01-31"))
                .isEqualTo(StatBatchJob.USAGE);
        assertThat(pipeline("--no-such-flag")).isEqualTo(StatBatchJob.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(
                        "ERROR: '2026-13' is not a month",
                        "ERROR: --docs -5: choose between 0 and 10000000",
                        "mutually exclusive",
                        "Unknown option: '--no-such-flag'");
        assertThat(stdout()).doesNotContain("[1/5]");
    }
}
