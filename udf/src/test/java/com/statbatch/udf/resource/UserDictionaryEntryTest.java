package com.statbatch.udf.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryEntryTest {

    @TempDir Path dir;

    @Test
    void readsTermAndPosColumnsWithNngAsDefault() throws IOException {
        Path file =
                Files.writeString(dir.resolve("dict.txt"), "# comment\n관리비\tNNG\n래미안\tNNP\n결로\n");

        assertThat(UserDictionaryEntry.load("nlp.user-dictionary", file.toString()))
                .containsExactly(
                        new UserDictionaryEntry("관리비", "NNG"),
                        new UserDictionaryEntry("래미안", "NNP"),
                        new UserDictionaryEntry("결로", "NNG"));
    }

    @Test
    void termsAreNormalisedLikeTextAndRepeatsDropped() throws IOException {
        Path file = Files.writeString(dir.resolve("dict.txt"), "CCTV\tNNG\nＣＣＴＶ\tNNG\ncctv\n");

        assertThat(UserDictionaryEntry.load("nlp.user-dictionary", file.toString()))
                .containsExactly(new UserDictionaryEntry("cctv", "NNG"));
    }

    @Test
    void noriSegmentationLinesAreRejectedWithTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("dict.txt"), "층간소음 층간 소음\n");

        assertThatThrownBy(() -> UserDictionaryEntry.load("nlp.user-dictionary", file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'층간소음 층간 소음'")
                .hasMessageContaining("term<TAB>POS");
    }

    @Test
    void unknownPosIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("dict.txt"), "관리비\tNOUN\n");

        assertThatThrownBy(() -> UserDictionaryEntry.load("nlp.user-dictionary", file.toString()))
                .hasMessageContaining("'관리비\tNOUN'");
    }

    @Test
    void shippedDictionaryIsValid() {
        assertThat(UserDictionaryEntry.load("nlp.user-dictionary", "nlp/userdict-ko.txt"))
                .extracting(UserDictionaryEntry::term)
                .contains("관리사무소", "층간소음", "cctv", "장기수선충당금");
    }
}
