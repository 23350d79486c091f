package com.statbatch.job.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalColumnsTest {

    @Test
    void koreanTakesTwoCellsSoColumnsLineUpWithLatin() {
        assertThat(TerminalColumns.padRight("한빛빌딩", 10)).isEqualTo("한빛빌딩  ");
        assertThat(TerminalColumns.padRight("Tower A", 10)).isEqualTo("Tower A   ");
        assertThat(TerminalColumns.padRight("푸른 Tower", 10)).isEqualTo("푸른 Tower");
    }

    @Test
    void textWiderThanTheColumnIsLeftWhole() {
        assertThat(TerminalColumns.padRight("아주아주긴건물이름", 6)).isEqualTo("아주아주긴건물이름");
        assertThat(TerminalColumns.padRight(null, 3)).isEqualTo("   ");
    }
}
