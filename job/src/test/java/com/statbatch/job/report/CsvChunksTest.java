package com.statbatch.job.report;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.testing.LocalSpark;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CsvChunksTest {

    private final SparkSession spark = LocalSpark.session();

    /** 2,000 records by id descending, in five partitions that hold consecutive slices. */
    private Dataset<Row> ordered() {
        List<Row> rows = new ArrayList<>();
        for (long id = 2_000; id >= 1; id--) {
            rows.add(RowFactory.create(id, "건물 " + id + ", \"동\""));
        }
        Dataset<Row> ordered =
                spark.createDataFrame(
                        JavaSparkContext.fromSparkContext(spark.sparkContext())
                                .parallelize(rows, 5),
                        new StructType()
                                .add("id", DataTypes.LongType)
                                .add("name", DataTypes.StringType));
        assertThat(ordered.rdd().getNumPartitions()).isEqualTo(5);
        return ordered;
    }

    private static String expected() {
        StringBuilder csv = new StringBuilder();
        for (long id = 2_000; id >= 1; id--) {
            CsvFormat.appendRecord(csv, new Object[] {id, "건물 " + id + ", \"동\""});
        }
        return csv.toString();
    }

    @Test
    void recordsOfSeveralPartitionsComeInTheDatasetsOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long records = CsvChunks.write(ordered(), out);

        assertThat(records).isEqualTo(2_000);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected());
    }

    @Test
    void aReportSortedInOnePartitionComesInTheSameOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long records =
                CsvChunks.write(ordered().coalesce(1).sortWithinPartitions(col("id").desc()), out);

        assertThat(records).isEqualTo(2_000);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected());
    }

    @Test
    void noRowsAreAnEmptyFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long records = CsvChunks.write(ordered().limit(0), out);

        assertThat(records).isZero();
        assertThat(out.size()).isZero();
    }
}
