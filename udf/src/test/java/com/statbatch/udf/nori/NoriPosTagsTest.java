package com.statbatch.udf.nori;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.SejongTags;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

class NoriPosTagsTest {

    @Test
    void everyNoriTagBecomesASejongTag() {
        for (POS.Tag tag : POS.Tag.values()) {
            assertThat(SejongTags.isKnown(NoriPosTags.sejong(tag, "x"))).as(tag.name()).isTrue();
        }
    }

    @Test
    void particlesAreTaggedByTheirForm() {
        assertThat(NoriPosTags.sejong(POS.Tag.J, "이")).isEqualTo("JKS");
        assertThat(NoriPosTags.sejong(POS.Tag.J, "를")).isEqualTo("JKO");
        assertThat(NoriPosTags.sejong(POS.Tag.J, "의")).isEqualTo("JKG");
        assertThat(NoriPosTags.sejong(POS.Tag.J, "에서")).isEqualTo("JKB");
        assertThat(NoriPosTags.sejong(POS.Tag.J, "과")).isEqualTo("JC");
        assertThat(NoriPosTags.sejong(POS.Tag.J, "는")).isEqualTo("JX");
    }

    @Test
    void coarserNoriTagsMapToTheirSejongCounterparts() {
        assertThat(NoriPosTags.sejong(POS.Tag.E, "어요")).isEqualTo("EC");
        assertThat(NoriPosTags.sejong(POS.Tag.NNBC, "개")).isEqualTo("NNB");
        assertThat(NoriPosTags.sejong(POS.Tag.SSO, "(")).isEqualTo("SS");
        assertThat(NoriPosTags.sejong(POS.Tag.SC, ",")).isEqualTo("SP");
        assertThat(NoriPosTags.sejong(POS.Tag.SY, "~")).isEqualTo("SW");
        assertThat(NoriPosTags.sejong(POS.Tag.UNKNOWN, "?")).isEqualTo("NA");
        assertThat(NoriPosTags.sejong(POS.Tag.NNG, "집")).isEqualTo("NNG");
    }
}
