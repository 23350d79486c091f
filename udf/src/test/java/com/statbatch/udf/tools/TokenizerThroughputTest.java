package com.statbatch.udf.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.TestSettings;
import com.statbatch.udf.keyword.KeywordExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerThroughputTest {

    private final KeywordExtractor extractor =
            KeywordExtractor.forSettings(TestSettings.defaults());

    @Test
    void countsEveryDocumentCharAndKeywordWhateverTheThreadCount() {
        List<String> texts = new ArrayList<>(Collections.nCopies(700, "엘리베이터 고장, 관리사무소 연락"));
        texts.add(null);
        texts.add("");

        TokenizerThroughput.Result one = TokenizerThroughput.measure(extractor, texts, 1);
        TokenizerThroughput.Result three = TokenizerThroughput.measure(extractor, texts, 3);

        for (TokenizerThroughput.Result result : List.of(one, three)) {
            assertThat(result.documents()).isEqualTo(702);
            assertThat(result.characters()).isEqualTo(700L * "엘리베이터 고장, 관리사무소 연락".length());
            assertThat(result.keywords()).isEqualTo(700L * 4);
            assertThat(result.documentsPerSecond()).isPositive();
        }
        assertThat(one.threads()).isEqualTo(1);
        assertThat(three.threads()).isEqualTo(3);
        assertThat(three.keywordsPerDocument()).isEqualTo(2800.0 / 702);
    }
}
