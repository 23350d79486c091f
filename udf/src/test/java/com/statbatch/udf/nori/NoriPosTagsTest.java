package com.statbatch.udf.nori;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.SejongTags;
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

    @ParameterizedTest
    @CsvSource({"J, 이, JKS", "J, 를, JKO", "J, 의, JKG", "J, 에서, JKB", "J, 과, JC", "J, 는, JX",
            "E, 어요, EC", "NNBC, 개, NNB", "SSO, (, SS", "SC, ',', SP", "SY, ~, SW", "UNKNOWN, ?, NA", "NNG, 집, NNG"})
    void coarserNoriTagsMapToTheirSejongCounterparts(POS.Tag tag, String surface, String sejong) {
        assertThat(NoriPosTags.sejong(tag, surface)).isEqualTo(sejong);
    }
}
