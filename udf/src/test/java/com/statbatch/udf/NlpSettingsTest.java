package com.statbatch.udf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NlpSettingsTest {

    @Test
    void defaultsComeFromStatBatchConf() {
        NlpSettings settings = TestSettings.defaults();

        assertThat(settings)
                .isEqualTo(
                        new NlpSettings(
                                "nori",
                                "NONE",
                                "FULL",
                                java.util.List.of("NNG", "NNP"),
                                2,
                                100_000,
                                "nlp/stopwords-ko.txt",
                                "nlp/userdict-ko.txt",
                                "nlp/variants-ko.txt",
                                "nlp/categories-ko.txt"));
    }

    @Test
    void posTagsMayBeACommaSeparatedStringAsFlagsAndEnvironmentVariablesGiveThem() {
        NlpSettings settings = TestSettings.with(Map.of(NlpSettings.POS_TAGS_KEY, "nng, SL,NNP"));

        assertThat(settings.posTags()).containsExactly("NNG", "SL", "NNP");
    }

    @Test
    void analyzerAndModesAreCaseInsensitive() {
        NlpSettings settings =
                TestSettings.with(
                        Map.of(
                                NlpSettings.ANALYZER_KEY,
                                "Nori",
                                NlpSettings.DECOMPOUND_MODE_KEY,
                                "mixed",
                                NlpSettings.KOMORAN_MODEL_KEY,
                                "light"));

        assertThat(settings.analyzer()).isEqualTo("nori");
        assertThat(settings.decompoundMode()).isEqualTo("MIXED");
        assertThat(settings.komoranModel()).isEqualTo("LIGHT");
    }

    @Test
    void unknownAnalyzerIsRejectedNamingKeyAndValue() {
        assertThatThrownBy(() -> TestSettings.with(Map.of(NlpSettings.ANALYZER_KEY, "mecab")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp.analyzer = 'mecab'")
                .hasMessageContaining("komoran")
                .hasMessageContaining("nori");
    }

    @Test
    void unknownPosTagIsRejectedNamingIt() {
        assertThatThrownBy(() -> TestSettings.with(Map.of(NlpSettings.POS_TAGS_KEY, "NNG,NOUN")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp.pos-tags contains 'NOUN'");
    }

    @Test
    void emptyPosTagsAreRejected() {
        assertThatThrownBy(() -> TestSettings.with(Map.of(NlpSettings.POS_TAGS_KEY, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp.pos-tags is empty");
    }

    @Test
    void lengthsBelowOneAreRejected() {
        assertThatThrownBy(() -> TestSettings.with(Map.of(NlpSettings.MIN_LENGTH_KEY, "0")))
                .hasMessageContaining("nlp.min-length = 0");
        assertThatThrownBy(
                        () -> TestSettings.with(Map.of(NlpSettings.MAX_DOCUMENT_CHARS_KEY, "-5")))
                .hasMessageContaining("nlp.max-document-chars = -5");
    }

    @Test
    void survivesJavaSerializationEqualByValue() throws IOException, ClassNotFoundException {
        NlpSettings settings = TestSettings.defaults();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(settings);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object copy = in.readObject();
            assertThat(copy).isEqualTo(settings).hasSameHashCodeAs(settings);
        }
    }
}
