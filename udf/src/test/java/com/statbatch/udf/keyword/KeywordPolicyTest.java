package com.statbatch.udf.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.Token;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordPolicyTest {

    private final KeywordPolicy policy = new KeywordPolicy(Set.of("NNG", "NNP"), 2, Set.of("영화"));

    private static Token noun(String term) {
        return new Token(term, term, "NNP", 0, term.length());
    }

    @Test
    void aNounOfPunctuationOnlyIsNoKeywordAndTheReasonSaysSo() {
        assertThat(policy.isKeyword(noun("!!"))).isFalse();
        assertThat(policy.isKeyword(noun("?!…"))).isFalse();
        assertThat(policy.exclusion(noun("!!"))).contains("has no letter or digit");
    }

    @Test
    void aNounWithALetterOrDigitBesidePunctuationStaysAKeyword() {
        assertThat(policy.isKeyword(noun("폴 워커"))).isTrue();
        assertThat(policy.isKeyword(noun("7번방"))).isTrue();
        assertThat(policy.isKeyword(noun("c-3po"))).isTrue();
        assertThat(policy.exclusion(noun("폴 워커"))).isEmpty();
    }

    @Test
    void stopwordsAndShortTermsAreStillLeftOutFirst() {
        assertThat(policy.exclusion(noun("영화"))).contains("is a stopword (nlp.stopwords)");
        assertThat(policy.exclusion(noun("!"))).contains("is shorter than nlp.min-length = 2");
    }
}
