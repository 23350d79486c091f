package com.statbatch.udf.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpResourcesTest {

    @TempDir Path dir;

    @Test
    void emptyValueMeansNoList() {
        assertThat(NlpResources.readLines("nlp.stopwords", "")).isEmpty();
    }

    @Test
    void localFileIsReadWithoutCommentsBlankLinesAndByteOrderMark() throws IOException {
        Path file =
                Files.writeString(
                        dir.resolve("stop.txt"),
                        "\uFEFF# header\n관리\n\n  # indented comment\n 정도 \n",
                        StandardCharsets.UTF_8);

        assertThat(NlpResources.readLines("nlp.stopwords", file.toString()))
                .containsExactly("관리", "정도");
    }

    @Test
    void shippedListsAreClasspathResources() {
        assertThat(NlpResources.readLines("nlp.stopwords", "nlp/stopwords-ko.txt"))
                .contains("정도", "부분", "이번")
                .hasSizeBetween(50, 150)
                .doesNotContain("문제", "고장", "소음");
        assertThat(NlpResources.readLines("nlp.user-dictionary", "nlp/userdict-ko.txt"))
                .hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void missingListFailsNamingKeyValueAndRemedy() {
        assertThatThrownBy(() -> NlpResources.readLines("nlp.stopwords", "no/such/stopwords.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp.stopwords = 'no/such/stopwords.txt'")
                .hasMessageContaining("--files")
                .hasMessageContaining("\"\" for none");
    }
}
