package com.statbatch.udf.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.Token;
import com.statbatch.udf.resource.UserDictionaryEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compound rule and the variant dictionary on tokens made by hand, as an analyzer gives them.
 */
class CanonicalTermsTest {

    @TempDir Path dir;

    private CanonicalTerms terms;

    @BeforeEach
    void dictionaries() throws IOException {
        Path variants =
                Files.writeString(
                        dir.resolve("variants.txt"),
                        "엘리베이터 = 엘베, 승강기\n" + "엘리베이터점검 = 엘베점검\n" + "분리수거 = 분리배출\n" + "개연성 = 개연\n");
        terms =
                new CanonicalTerms(
                        Set.of("NNG", "NNP"),
                        VariantDictionary.load(NlpSettings.VARIANTS_KEY, variants.toString()),
                        List.of(
                                new UserDictionaryEntry("층간소음", "NNG"),
                                new UserDictionaryEntry("음식물쓰레기", "NNG"),
                                new UserDictionaryEntry("음식물쓰레기봉투", "NNG"),
                                new UserDictionaryEntry("래미안", "NNP")));
    }

    @Test
    void nounsSeparatedBySpaceOnlyJoinToTheirDictionaryWord() {
        assertThat(apply("층간 소음이", "층간/NNG", "소음/NNG", "이/JKS"))
                .containsExactly("층간소음/NNG(층간 소음)", "이/JKS");
        assertThat(apply("층간  \t소음", "층간/NNG", "소음/NNG")).containsExactly("층간소음/NNG(층간  \t소음)");
        assertThat(apply("층간소음", "층간/NNG", "소음/NNG")).containsExactly("층간소음/NNG");
    }

    @Test
    void anythingButSpaceBetweenTwoNounsKeepsThemApart() {
        assertThat(apply("층간. 소음", "층간/NNG", "./SF", "소음/NNG"))
                .containsExactly("층간/NNG", "./SF", "소음/NNG");
        assertThat(apply("층간,소음", "층간/NNG", "소음/NNG")).containsExactly("층간/NNG", "소음/NNG");
    }

    @Test
    void onlyCandidateTagsJoin() {
        assertThat(apply("층간 소음", "층간/NNG", "소음/VV")).containsExactly("층간/NNG", "소음/VV");
    }

    @Test
    void nounsThatJoinToNoDictionaryWordStayAsTheyAre() {
        assertThat(apply("소음 층간", "소음/NNG", "층간/NNG")).containsExactly("소음/NNG", "층간/NNG");
        assertThat(apply("층간 벽", "층간/NNG", "벽/NNG")).containsExactly("층간/NNG", "벽/NNG");
    }

    @Test
    void theLongestRunWins() {
        assertThat(apply("음식물 쓰레기 봉투", "음식물/NNG", "쓰레기/NNG", "봉투/NNG"))
                .containsExactly("음식물쓰레기봉투/NNG(음식물 쓰레기 봉투)");
        assertThat(apply("음식물 쓰레기 냄새", "음식물/NNG", "쓰레기/NNG", "냄새/NNG"))
                .containsExactly("음식물쓰레기/NNG(음식물 쓰레기)", "냄새/NNG");
    }

    @Test
    void aJoinedVariantCountsAsItsCanonicalTerm() {
        assertThat(apply("분리 배출", "분리/NNG", "배출/NNG")).containsExactly("분리수거/NNG(분리 배출)");
    }

    @Test
    void aVariantThatBeginsALongerWordIsRewrittenOnlyAsAWholeTerm() {
        assertThat(apply("엘베 점검", "엘베/NNP", "점검/NNG")).containsExactly("엘리베이터점검/NNG(엘베 점검)");
        assertThat(apply("엘베 고장", "엘베/NNP", "고장/NNG")).containsExactly("엘리베이터/NNG(엘베)", "고장/NNG");
        assertThat(apply("엘베 점", "엘베/NNP", "점/NNG")).containsExactly("엘리베이터/NNG(엘베)", "점/NNG");
        assertThat(apply("엘베이터", "엘베이터/NNG")).containsExactly("엘베이터/NNG");
        assertThat(apply("개연성", "개연/NNG", "성/XSN")).containsExactly("개연성/NNG(개연)", "성/XSN");
        assertThat(apply("개연성", "개연성/NNG")).containsExactly("개연성/NNG");
    }

    @Test
    void aDictionaryTermHasOnePosSoItsCountsMerge() {
        assertThat(apply("엘베 승강기", "엘베/NNP", "승강기/NNG"))
                .containsExactly("엘리베이터/NNG(엘베)", "엘리베이터/NNG(승강기)");
        assertThat(apply("래 미안", "래/NNG", "미안/NNG")).containsExactly("래미안/NNP(래 미안)");
    }

    @Test
    void otherTokensAreLeftAlone() {
        assertThat(apply("주차장 가", "주차장/NNG", "가/JKS")).containsExactly("주차장/NNG", "가/JKS");
    }

    /**
     * Tokens "term/POS" laid over the text in order (each found at or after the previous one), run
     * through the rules and shown as term/POS, with (surface) where the term was rewritten.
     */
    private List<String> apply(String text, String... tokens) {
        List<Token> input = new ArrayList<>();
        int from = 0;
        for (String token : tokens) {
            String term = token.substring(0, token.lastIndexOf('/'));
            String pos = token.substring(token.lastIndexOf('/') + 1);
            int begin = text.indexOf(term, from);
            input.add(new Token(term, null, pos, begin, begin + term.length()));
            from = begin + term.length();
        }
        return terms.apply(input, text).stream()
                .map(
                        token ->
                                token.term()
                                        + "/"
                                        + token.pos()
                                        + (token.surface().equals(token.term())
                                                ? ""
                                                : "(" + token.surface() + ")"))
                .toList();
    }
}
