package com.statbatch.job.sink;

import com.statbatch.job.report.html.ReportModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A period's results as the sinks receive them: the rows of each result table (with period_id), the
 * building names the report joins, the report's model, and how many rows each table must receive.
 *
 * @param keywords stat_keyword's rows, in {@link StagingSwapWriter#KEYWORD_COLUMNS}
 * @param periodRows the rows of each {@link StagingSwapWriter.PeriodTable}, in its columns, in the
 *     order they are staged
 * @param names building_id, name
 * @param runFolder where this run's own report goes
 * @param counted the rows each table must receive, by table name: what every sink's {@link
 *     PeriodSink.Staged#written} is checked against
 */
public record PeriodOutput(
        long periodId,
        Dataset<Row> keywords,
        Map<StagingSwapWriter.PeriodTable, Dataset<Row>> periodRows,
        Dataset<Row> names,
        ReportModel reportModel,
        String runFolder,
        Map<String, Long> counted) {

    public PeriodOutput {
        periodRows = Collections.unmodifiableMap(new LinkedHashMap<>(periodRows));
        counted = Collections.unmodifiableMap(new LinkedHashMap<>(counted));
    }

    /** The rows of one period table. */
    public Dataset<Row> rows(StagingSwapWriter.PeriodTable table) {
        Dataset<Row> rows = periodRows.get(table);
        if (rows == null) {
            throw new IllegalArgumentException(
                    "No rows for "
                            + table.name()
                            + " in the period's output: "
                            + periodRows.keySet());
        }
        return rows;
    }
}
