package com.statbatch.udf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.udf.keyword.KeywordExtractor;
import com.statbatch.udf.nori.NoriTokenizerFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

class TokenizerFactoriesTest {

    @Test
    void noriIsTheDefaultAnalyzer() {
        assertThat(TokenizerFactories.forAnalyzer(TestSettings.defaults().analyzer()))
                .isSameAs(NoriTokenizerFactory.INSTANCE);
    }

    @Test
    @DisabledIf("komoranOnClasspath")
    void komoranWithoutItsBuildFailsAtStartUpSayingHowToBuildIt() {
        NlpSettings komoran = TestSettings.with(Map.of(NlpSettings.ANALYZER_KEY, "komoran"));

        assertThatThrownBy(() -> new KeywordExtractor(komoran))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nlp.analyzer = komoran")
                .hasMessageContaining("mvn -P komoran")
                .hasMessageContaining("jitpack.io");
    }

    /**
     * Under the Maven profile "komoran" the library is there, and src/komoran-test covers the
     * backend.
     */
    static boolean komoranOnClasspath() {
        try {
            Class.forName("kr.co.shineware.nlp.komoran.core.Komoran");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void unknownAnalyzerNameIsRejected() {
        assertThatThrownBy(() -> TokenizerFactories.forAnalyzer("kkma"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp.analyzer = 'kkma'");
    }
}
