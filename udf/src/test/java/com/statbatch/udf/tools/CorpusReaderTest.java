package com.statbatch.udf.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.udf.tools.CorpusReader.CorpusDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    private static final String LINES =
            """
            {"doc_id": 7, "building_id": 29354, "created_at": "2003-11-21T12:00:00+09:00", "body": "뻔한 스토리"}

            {"doc_id": 8, "building_id": 29354, "created_at": "2003-11-22T12:00:00+09:00", "body": null}
            {"doc_id": 9, "building_id": 1, "created_at": "2003-11-23T12:00:00+09:00", "body": ""}
            """;

    @TempDir Path dir;

    @Test
    void readsGzippedJsonLinesSkippingBlankLines() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus))) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(CorpusReader.read(corpus, 0))
                .containsExactly(
                        new CorpusDocument("7", "29354", "2003-11-21T12:00:00+09:00", "뻔한 스토리"),
                        new CorpusDocument("8", "29354", "2003-11-22T12:00:00+09:00", null),
                        new CorpusDocument("9", "1", "2003-11-23T12:00:00+09:00", ""));
    }

    @Test
    void limitReadsOnlyTheFirstDocuments() throws IOException {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), LINES);

        assertThat(CorpusReader.read(corpus, 2))
                .extracting(CorpusDocument::docId)
                .containsExactly("7", "8");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() throws IOException {
        Path corpus =
                Files.writeString(dir.resolve("corpus.jsonl"), "{\"doc_id\": 1}\n{not json\n");

        assertThatThrownBy(() -> CorpusReader.read(corpus, 0))
                .hasMessageContaining("corpus.jsonl line 2");
    }
}
