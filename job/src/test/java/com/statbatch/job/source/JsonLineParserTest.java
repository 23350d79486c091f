package com.statbatch.job.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class JsonLineParserTest {

    private final JsonLineParser parser =
            new JsonLineParser(new SourceColumns("doc_id", "building_id", "created_at", "body"));

    @Test
    void corpusLineIsReadWithNumericBuildingId() {
        Row row =
                parser.parse(
                        "{\"doc_id\": 7, \"building_id\": 29354, \"created_at\": \"2003-11-21T12:00:00+09:00\","
                                + " \"body\": \"뻔한 스토리지만, \\\"재밌다\\\"\"}");

        assertThat(row.getString(0)).isEqualTo("29354");
        assertThat(row.getString(1)).isEqualTo("2003-11-21T12:00:00+09:00");
        assertThat(row.getString(2)).isEqualTo("뻔한 스토리지만, \"재밌다\"");
        assertThat(row.isNullAt(3)).isTrue();
        assertThat(row.getString(4)).isEqualTo("7");
    }

    @Test
    void textIdIsReadAsTextWhateverItsJsonType() {
        assertThat(parser.parse("{\"doc_id\": \"a-7\", \"building_id\": 1}").getString(4))
                .isEqualTo("a-7");
        assertThat(parser.parse("{\"building_id\": 1}").isNullAt(4)).isTrue();
    }

    @Test
    void bodyThatIsANumberOrObjectIsNotText() {
        assertThat(
                        parser.parse(
                                        "{\"building_id\": 1, \"created_at\": \"2026-10-01\", \"body\": 42}")
                                .getString(3))
                .isEqualTo(TextValidation.BODY_NOT_TEXT);
        assertThat(
                        parser.parse(
                                        "{\"building_id\": 1, \"created_at\": \"2026-10-01\", \"body\": {\"t\": \"x\"}}")
                                .getString(3))
                .isEqualTo(TextValidation.BODY_NOT_TEXT);
    }

    @Test
    void nullOrMissingBodyIsAnEmptyDocumentNotAnError() {
        assertThat(
                        parser.parse(
                                        "{\"building_id\": 1, \"created_at\": \"2026-10-01\", \"body\": null}")
                                .isNullAt(3))
                .isTrue();
        assertThat(parser.parse("{\"building_id\": 1, \"created_at\": \"2026-10-01\"}").isNullAt(3))
                .isTrue();
    }

    @Test
    void nestedValuesOfOtherFieldsAreSkippedAndUnknownFieldsIgnored() {
        Row row =
                parser.parse(
                        "{\"meta\": {\"body\": 1, \"building_id\": [2]}, \"building_id\": \"12\","
                                + " \"created_at\": \"2026-10-01\", \"body\": \"누수\"}");

        assertThat(row.getString(0)).isEqualTo("12");
        assertThat(row.getString(2)).isEqualTo("누수");
    }

    @Test
    void lineThatIsNotAJsonObjectIsAMalformedRecord() {
        assertThat(parser.parse("not json").getString(3))
                .isEqualTo(TextValidation.MALFORMED_RECORD);
        assertThat(parser.parse("[1, 2]").getString(3)).isEqualTo(TextValidation.MALFORMED_RECORD);
        assertThat(parser.parse("{\"building_id\": 1, \"body\": \"cut").getString(3))
                .isEqualTo(TextValidation.MALFORMED_RECORD);
    }
}
