package com.statbatch.job.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.job.testing.LocalSpark;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** scripts/bench.sh on a corpus of eight texts: every run it makes reads every text. */
class EndToEndBenchmarkTest {

    private static final List<String> BODIES =
            List.of(
                    "엘리베이터가 또 고장났어요",
                    "주차장 조명이 어두워요",
                    "윗집 누수로 천장에 곰팡이가 생겼어요",
                    "엘리베이터 점검 일정을 알려주세요",
                    "택배 보관함이 고장났어요",
                    "주차장 차단기가 고장났어요",
                    "층간소음 때문에 잠을 못 자요",
                    "엘리베이터 버튼이 눌리지 않아요");

    @TempDir Path dir;

    @BeforeAll
    static void spark() {
        LocalSpark.session();
    }

    @Test
    void fileAndJdbcRunsEachAnalyseEveryTextOfTheCorpusAndTheQuarterRunItsFirstQuarter()
            throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl.gz"));
        Path results = dir.resolve("bench-results.json");

        int code =
                new CommandLine(new EndToEndBenchmark())
                        .execute(
                                corpus.toString(),
                                "--from",
                                "2015-08-01",
                                "--to",
                                "2015-08-31",
                                "--results",
                                results.toString());

        assertThat(code).isZero();
        JsonNode runs = new ObjectMapper().readTree(results.toFile()).get("runs");
        assertThat(runs.get("file").get("documents").asLong()).isEqualTo(BODIES.size());
        assertThat(runs.get("jdbc").get("documents").asLong()).isEqualTo(BODIES.size());
        assertThat(runs.get("jdbc").get("input_rows").asLong()).isEqualTo(BODIES.size());
        assertThat(runs.get("file_quarter").get("documents").asLong()).isEqualTo(BODIES.size() / 4);
        assertThat(runs.get("jdbc").get("building_rows").asLong())
                .isEqualTo(runs.get("file").get("building_rows").asLong())
                .isEqualTo(2);
    }

    /** The shared corpus's layout: JSON lines with doc_id, building_id, created_at and body. */
    private static Path writeCorpus(Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Writer out =
                new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(target)),
                        StandardCharsets.UTF_8)) {
            for (int i = 0; i < BODIES.size(); i++) {
                out.write(
                        json.createObjectNode()
                                .put("doc_id", 100 + i)
                                .put("building_id", 7000 + i % 2)
                                .put("created_at", "2015-08-%02dT12:00:00+09:00".formatted(1 + i))
                                .put("body", BODIES.get(i))
                                .toString());
                out.write('\n');
            }
        }
        return target;
    }
}
