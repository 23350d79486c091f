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

class KeptDatasetsTest {

    final SparkSession spark = LocalSpark.session();

    /** Per key, how many rows: a shuffle by key beneath the result. */
    private Dataset<Row> countsByKey() {
        return spark.range(0, 100)
                .withColumn("key", col("id").mod(5))
                .repartition(4, col("key"))
                .groupBy("key")
                .agg(count("id").as("rows"));
    }

    private static List<String> sorted(Dataset<Row> counts) {
        return counts.orderBy("key").collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void aCheckpointedDatasetHasTheSameRowsUnderALeafPlan() {
        try (KeptDatasets kept = new KeptDatasets()) {
            Dataset<Row> leaf = kept.checkpoint(countsByKey());

            assertThat(leaf.queryExecution().logical()).isInstanceOf(LogicalRDD.class);
            assertThat(sorted(leaf))
                    .containsExactly("[0,20]", "[1,20]", "[2,20]", "[3,20]", "[4,20]");
        }
    }

    @Test
    void aCachedDatasetKeepsItsPlanAndIsReadFromTheCache() {
        try (KeptDatasets kept = new KeptDatasets()) {
            Dataset<Row> cached = kept.cache(countsByKey());

            assertThat(sorted(cached))
                    .containsExactly("[0,20]", "[1,20]", "[2,20]", "[3,20]", "[4,20]");
            assertThat(cached.queryExecution().logical().toString()).contains("Aggregate");
            assertThat(cached.queryExecution().executedPlan().toString())
                    .contains("InMemoryTableScan");
        }
    }

    @Test
    void closingReleasesEveryKeptDataset() {
        KeptDatasets kept = new KeptDatasets();
        Dataset<Row> leaf = kept.checkpoint(countsByKey());
        Dataset<Row> cached = kept.cache(countsByKey().where(col("key").gt(1)));
        leaf.count();
        cached.count();
        int checkpointRdd = ((LogicalRDD) leaf.queryExecution().logical()).rdd().id();
        assertThat(persistedRdds()).contains(checkpointRdd);
        assertThat(isCached(cached)).isTrue();

        kept.close();

        assertThat(persistedRdds()).doesNotContain(checkpointRdd);
        assertThat(isCached(cached)).isFalse();
    }

    private boolean isCached(Dataset<Row> dataset) {
        return spark.sharedState().cacheManager().lookupCachedData(dataset).isDefined();
    }

    private Set<Integer> persistedRdds() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).getPersistentRDDs().keySet();
    }
}
