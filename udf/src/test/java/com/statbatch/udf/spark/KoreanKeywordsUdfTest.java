package com.statbatch.udf.spark;

import static org.apache.spark.sql.functions.callUDF;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
class KoreanKeywordsUdfTest {

    private static final StructType TEXTS =
            new StructType().add("id", DataTypes.IntegerType).add("body", DataTypes.StringType);

    private static final NlpSettings CAP_45 =
            TestSettings.with(Map.of(NlpSettings.MAX_DOCUMENT_CHARS_KEY, "45"));

    private final SparkSession spark;

    KoreanKeywordsUdfTest(SparkSession spark) {
        this.spark = spark;
        KoreanKeywordsUdf.register(spark, CAP_45);
    }

    @Test
    void sqlGivesPerDocumentKeywordCountsAndTruncation() {
        texts(
                        RowFactory.create(1, "엘리베이터가 또 고장나서 관리사무소에 연락했어요. 엘리베이터 점검은 언제죠?"),
                        RowFactory.create(2, null),
                        RowFactory.create(3, "😀😀 hello"),
                        RowFactory.create(4, "주차장 누수 " + "결로 ".repeat(30)))
                .createOrReplaceTempView("texts");

        List<Row> rows =
                spark.sql(
                                "SELECT id, ko_keywords(body) AS keywords, ko_truncated(body) AS truncated"
                                        + " FROM texts ORDER BY id")
                        .collectAsList();

        assertThat(rows)
                .extracting(
                        row -> row.getInt(0),
                        row -> keywords(row.getList(1)),
                        row -> row.getBoolean(2))
                .containsExactly(
                        tuple(
                                1,
                                List.of("엘리베이터/NNG×2", "관리사무소/NNG×1", "연락/NNG×1", "점검/NNG×1"),
                                false),
                        tuple(2, List.of(), false),
                        tuple(3, List.of(), false),
                        tuple(4, List.of("주차장/NNG×1", "누수/NNG×1", "결로/NNG×13"), true));
    }

    @Test
    void callUdfFromTheDataFrameApiHasTheDeclaredTypes() {
        Dataset<Row> analysed =
                texts(RowFactory.create(1, "층간소음 때문에 못 살겠어요"))
                        .select(
                                callUDF(KoreanKeywordsUdf.KEYWORDS_FUNCTION, col("body"))
                                        .as("keywords"),
                                callUDF(KoreanKeywordsUdf.TRUNCATED_FUNCTION, col("body"))
                                        .as("truncated"));

        assertThat(analysed.schema().apply("keywords").dataType())
                .isEqualTo(KoreanKeywordsUdf.KEYWORDS_TYPE);
        assertThat(analysed.schema().apply("truncated").dataType())
                .isEqualTo(DataTypes.BooleanType);
        Row keyword =
                analysed.selectExpr("explode(keywords) AS k")
                        .select("k.term", "k.pos", "k.count")
                        .first();
        assertThat(keyword.getString(0)).isEqualTo("층간소음");
        assertThat(keyword.getString(1)).isEqualTo("NNG");
        assertThat(keyword.getInt(2)).isEqualTo(1);
    }

    @Test
    void wordListsShippedWithSparkFilesAreFoundByFileName(@TempDir Path dir) throws IOException {
        Path stopwords =
                Files.writeString(dir.resolve("udf-test-shipped-stopwords.txt"), "엘리베이터\n");
        spark.sparkContext().addFile(stopwords.toString());
        KoreanKeywordsUdf.register(
                spark,
                TestSettings.with(
                        Map.of(NlpSettings.STOPWORDS_KEY, "udf-test-shipped-stopwords.txt")));

        Row row = texts(RowFactory.create(1, "엘리베이터 고장")).selectExpr("ko_keywords(body)").first();

        assertThat(keywords(row.getList(0))).containsExactly("고장/NNG×1");
        KoreanKeywordsUdf.register(spark, CAP_45);
    }

    @Test
    void registeringWithAMissingWordListFailsOnTheDriver() {
        NlpSettings missing =
                TestSettings.with(Map.of(NlpSettings.USER_DICTIONARY_KEY, "nowhere/userdict.txt"));

        assertThatThrownBy(() -> KoreanKeywordsUdf.register(spark, missing))
                .hasMessageContaining("nlp.user-dictionary = 'nowhere/userdict.txt'");
    }

    private Dataset<Row> texts(Row... rows) {
        return spark.createDataFrame(Arrays.asList(rows), TEXTS).repartition(2);
    }

    private static List<String> keywords(List<Row> structs) {
        return structs.stream()
                .map(s -> s.getString(0) + "/" + s.getString(1) + "×" + s.getInt(2))
                .toList();
    }
}
