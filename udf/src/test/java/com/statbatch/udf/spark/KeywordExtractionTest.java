package com.statbatch.udf.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalSpark.class)
class KeywordExtractionTest {

    private static final NlpSettings SETTINGS =
            TestSettings.with(Map.of(NlpSettings.MAX_DOCUMENT_CHARS_KEY, "40"));

    @Test
    void typedDocumentsGetTheirKeywordsAndTruncationFlag(SparkSession spark) {
        Dataset<TextDocument> documents =
                spark.createDataset(
                        List.of(
                                new TextDocument("1", "b-7", "보일러가 고장나서 온수가 안 나와요. 보일러 교체 요청합니다"),
                                new TextDocument("2", "b-7", null),
                                new TextDocument("3", "b-9", "분리수거 " + "음식물쓰레기 ".repeat(10))),
                        KeywordExtraction.DOCUMENT_ENCODER);

        List<DocumentKeywords> result =
                KeywordExtraction.extract(documents, SETTINGS).orderBy("docId").collectAsList();

        assertThat(result)
                .containsExactly(
                        new DocumentKeywords(
                                "1",
                                "b-7",
                                false,
                                List.of(
                                        new TermCount("보일러", "NNG", 2),
                                        new TermCount("온수", "NNG", 1),
                                        new TermCount("교체", "NNG", 1),
                                        new TermCount("요청", "NNG", 1))),
                        new DocumentKeywords("2", "b-7", false, List.of()),
                        new DocumentKeywords(
                                "3",
                                "b-9",
                                true,
                                List.of(
                                        new TermCount("분리수거", "NNG", 1),
                                        new TermCount("음식물쓰레기", "NNG", 5))));
    }

    @Test
    void aDataFrameWithTheBeanColumnsBecomesTypedInput(SparkSession spark) {
        Dataset<TextDocument> documents =
                spark.sql(
                                "SELECT CAST(id AS STRING) AS docId, 'b-1' AS buildingId, '지하주차장 누수가 심해요' AS body FROM range(3) AS t(id)")
                        .as(KeywordExtraction.DOCUMENT_ENCODER);

        List<DocumentKeywords> result =
                KeywordExtraction.extract(documents, SETTINGS).collectAsList();

        assertThat(result)
                .hasSize(3)
                .allSatisfy(
                        document ->
                                assertThat(document.getKeywords())
                                        .containsExactly(
                                                new TermCount("지하주차장", "NNG", 1),
                                                new TermCount("누수", "NNG", 1)));
    }
}
