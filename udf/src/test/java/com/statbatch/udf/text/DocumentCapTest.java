package com.statbatch.udf.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentCapTest {

    private final DocumentCap cap = new DocumentCap(5);

    @Test
    void textUpToTheCapIsKeptWhole() {
        assertThat(cap.exceeds("관리비고지")).isFalse();
        assertThat(cap.cut("관리비고지")).isEqualTo("관리비고지");
    }

    @Test
    void longerTextIsCutToTheCap() {
        assertThat(cap.exceeds("관리비고지서")).isTrue();
        assertThat(cap.cut("관리비고지서")).isEqualTo("관리비고지");
    }

    @Test
    void aSurrogatePairAtTheCapIsDroppedRatherThanSplit() {
        String text = "관리비고😀";

        assertThat(cap.exceeds(text)).isTrue();
        assertThat(cap.cut(text)).isEqualTo("관리비고");
    }

    @Test
    void nullIsNeverOverTheCap() {
        assertThat(cap.exceeds(null)).isFalse();
        assertThat(cap.cut(null)).isNull();
    }

    @Test
    void aCapBelowOneIsRejected() {
        assertThatThrownBy(() -> new DocumentCap(0)).hasMessageContaining("got 0");
    }
}
