package com.statbatch.job.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormatTest {

    private static String record(Object... fields) {
        StringBuilder out = new StringBuilder();
        CsvFormat.appendRecord(out, fields);
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(record(1L, "관리비", 0.5)).isEqualTo("1,관리비,0.5\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(record("a,b", "say \"hi\"", "two\nlines", "cr\r"))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\r\n");
    }

    @Test
    void nullIsAnEmptyField() {
        assertThat(record("x", null, "y")).isEqualTo("x,,y\r\n");
    }
}
