package com.statbatch.udf.nori;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.SejongTags;
import com.statbatch.udf.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoriPosTagsTest {

    @Test
    void everyNoriTagBecomesASejongTag() {
        for (POS.Tag tag : POS.Tag.values()) {
            assertThat(SejongTags.isKnown(NoriPosTags.sejong(tag, "x"))).as(tag.name()).isTrue();
        }
    }

    @Test
    void endingsBeforeSentencePunctuationOrAtTheEndAreFinal() {
        List<Token> tokens =
                new ArrayList<>(
                        List.of(
                                new Token("있", null, "VA", 0, 1),
                                new Token("어요", null, "EC", 1, 3),
                                new Token(".", null, "SF", 3, 4),
                                new Token("좋", null, "VA", 5, 6),
                                new Token("고", null, "EC", 6, 7),
                                new Token("싸", null, "VA", 8, 9),
                                new Token("요", null, "EC", 9, 10)));

        NoriPosTags.markFinalEndings(tokens);

        assertThat(tokens)
                .extracting(Token::pos)
                .containsExactly("VA", "EF", "SF", "VA", "EC", "VA", "EF");
    }

    @ParameterizedTest
    @CsvSource({
        "J, 이, JKS",
        "J, 를, JKO",
        "J, 의, JKG",
        "J, 에서, JKB",
        "J, 과, JC",
        "J, 는, JX",
        "E, 어요, EC",
        "NNBC, 개, NNB",
        "SSO, (, SS",
        "SC, ',', SP",
        "SY, ~, SW",
        "UNKNOWN, ?, NA",
        "NNG, 집, NNG"
    })
    void coarserNoriTagsMapToTheirSejongCounterparts(POS.Tag tag, String surface, String sejong) {
        assertThat(NoriPosTags.sejong(tag, surface)).isEqualTo(sejong);
    }
}
