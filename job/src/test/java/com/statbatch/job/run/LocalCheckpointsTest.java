package com.statbatch.job.run;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.testing.LocalSpark;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.LogicalRDD;
import org.junit.jupiter.api.Test;

class LocalCheckpointsTest {

    final SparkSession spark = LocalSpark.session();

    /** Per key, how many rows: a shuffle by key beneath the result. */
    private Dataset<Row> countsByKey() {
        return spark.range(0, 100)
                .withColumn("key", col("id").mod(5))
                .repartition(4, col("key"))
                .groupBy("key")
                .agg(count("id").as("rows"));
    }

    @Test
    void aKeptDatasetHasTheSameRowsUnderALeafPlan() {
        try (LocalCheckpoints checkpoints = new LocalCheckpoints()) {
            Dataset<Row> kept = checkpoints.keep(countsByKey());

            assertThat(kept.queryExecution().logical()).isInstanceOf(LogicalRDD.class);
            assertThat(kept.orderBy("key").collectAsList().stream().map(Row::toString))
                    .containsExactly("[0,20]", "[1,20]", "[2,20]", "[3,20]", "[4,20]");
        }
    }

    @Test
    void closingReleasesTheRowsOfEveryKeptDataset() {
        LocalCheckpoints checkpoints = new LocalCheckpoints();
        List<Dataset<Row>> kept =
                List.of(checkpoints.keep(countsByKey()), checkpoints.keep(countsByKey()));
        kept.forEach(Dataset::count);
        List<Integer> ids =
                kept.stream()
                        .map(d -> ((LogicalRDD) d.queryExecution().logical()).rdd().id())
                        .toList();
        assertThat(persisted()).containsAll(ids);

        checkpoints.close();

        assertThat(persisted()).doesNotContainAnyElementsOf(ids);
    }

    private Set<Integer> persisted() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().keySet();
    }
}
