package com.statbatch.job.analysis;

import static org.apache.spark.sql.functions.col;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import com.statbatch.common.config.StatBatchConfig;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.udf.NlpSettings;
import com.statbatch.udf.category.CategoryDictionary;
import com.statbatch.udf.spark.KoreanKeywordsUdf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The one pass gives every (building, term) the term and document frequency that the documented SQL
 * function {@code ko_keywords} gives, summed in plain SQL: a user who queries the texts with it
 * gets the job's numbers. Compared with spark-testing-base's DataFrame comparison.
 */
class OnePassAgreesWithSqlTest {

    private static final NlpSettings NLP =
            NlpSettings.fromConfig(StatBatchConfig.load(Optional.empty(), Map.of()));

    /** spark-testing-base's comparisons; its JUnit 4 session set-up is not used. */
    private final JavaDataFrameSuiteBase frames = new JavaDataFrameSuiteBase();

    private final SparkSession spark = LocalSpark.session();

    private static final List<String> SENTENCES =
            List.of(
                    "엘리베이터가 또 고장났어요. 엘리베이터 수리 부탁드립니다.",
                    "주차장에 외부 차량이 주차했어요, 관리사무소 확인 바랍니다",
                    "층간소음 때문에 잠을 못 자요. 층간소음 해결해 주세요",
                    "누수 때문에 천장에 곰팡이가 생겼어요",
                    "관리비가 너무 많이 나왔어요",
                    "😀😀😀",
                    "");

    private Dataset<Row> texts() {
        List<Row> rows = new ArrayList<>();
        int id = 0;
        for (long building = 1; building <= 4; building++) {
            for (int i = 0; i < 9; i++) {
                String body =
                        SENTENCES.get((int) ((i * building) % SENTENCES.size()))
                                + " "
                                + SENTENCES.get(i % SENTENCES.size());
                rows.add(RowFactory.create(++id, building, null, body));
            }
        }
        return spark.createDataFrame(
                rows,
                new StructType()
                        .add("text_id", DataTypes.IntegerType)
                        .add("building_id", DataTypes.LongType)
                        .add("reject_reason", DataTypes.StringType)
                        .add("body", DataTypes.StringType));
    }

    @Test
    void termAndDocumentFrequenciesAreThoseOfTheSqlFunction() {
        Dataset<Row> texts = texts();
        Dataset<Row> onePass =
                PeriodAggregate.ofKind(
                                PeriodAggregate.of(
                                        texts,
                                        JavaSparkContext.fromSparkContext(spark.sparkContext())
                                                .broadcast(new long[] {1, 2, 3, 4}),
                                        NLP,
                                        CategoryDictionary.load(NLP),
                                        4),
                                PartialColumns.TERM)
                        .select(
                                col("building_id"),
                                col(PartialColumns.ITEM).as("term"),
                                col(PartialColumns.OCCURRENCES).as("term_freq"),
                                col(PartialColumns.DOCUMENTS).as("doc_freq"));

        KoreanKeywordsUdf.register(spark, NLP);
        texts.createOrReplaceTempView("one_pass_texts");
        Dataset<Row> sql =
                spark.sql(
                        "select building_id, k.term,"
                                + " sum(k.count) as term_freq, count(distinct text_id) as doc_freq"
                                + " from (select text_id, building_id,"
                                + " explode(ko_keywords(body)) as k from one_pass_texts)"
                                + " group by building_id, k.term");

        // The same values; only the columns' nullability differs between the two plans.
        frames.assertDataFrameNoOrderEquals(
                spark.createDataFrame(sql.javaRDD(), onePass.schema()), onePass);
    }
}
