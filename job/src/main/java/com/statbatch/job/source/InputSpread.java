package com.statbatch.job.source;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Input that arrives in fewer partitions than there are cores (a gzip file, one JDBC range) is
 * spread over all of them before the expensive per-row work, which is the tokenizer: otherwise a
 * single task would analyse the whole month while the other cores wait.
 */
public final class InputSpread {

    private InputSpread() {}

    public static Dataset<Row> overAllCores(Dataset<Row> rows) {
        int cores = rows.sparkSession().sparkContext().defaultParallelism();
        return rows.rdd().getNumPartitions() < cores ? rows.repartition(2 * cores) : rows;
    }
}
