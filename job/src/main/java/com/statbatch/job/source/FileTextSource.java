package com.statbatch.job.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.statbatch.common.period.StatPeriod;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Texts from files (s3a://, s3://, file:// or a local path; globs allowed) in JSON Lines, CSV or
 * Parquet. Directories named {@code <partition-column>=YYYY-MM-DD} are pruned to the period before
 * anything is read; in flat layouts {@link TextValidation} filters on created_at.
 */
public final class FileTextSource implements TextSource {

    static final StructType RAW_STRINGS =
            new StructType()
                    .add(RawTextColumns.BUILDING_ID, DataTypes.StringType)
                    .add(RawTextColumns.CREATED_AT, DataTypes.StringType)
                    .add(RawTextColumns.BODY, DataTypes.StringType)
                    .add(RawTextColumns.FORMAT_PROBLEM, DataTypes.StringType);

    private final String input;
    private final FileFormat format;
    private final String partitionColumn;
    private final SourceColumns columns;

    public FileTextSource(
            String input, FileFormat format, String partitionColumn, SourceColumns columns) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException(
                    "The file source needs an input: pass --input URI"
                            + " (s3a://bucket/path, file:///path or a local path) or set source.files.input.");
        }
        this.input = input;
        this.format = format;
        this.partitionColumn = partitionColumn;
        this.columns = columns;
    }

    @Override
    public Dataset<Row> read(SparkSession spark, StatPeriod period) {
        Dataset<Row> files =
                switch (format) {
                    case JSONL -> spark.read().text(input);
                    case CSV ->
                            spark.read()
                                    .option("header", "true")
                                    .option("multiLine", "true")
                                    .option("escape", "\"")
                                    .option("mode", "PERMISSIVE")
                                    .csv(input);
                    case PARQUET -> spark.read().parquet(input);
                };
        Dataset<Row> pruned = pruneToPeriod(files, period);
        return format == FileFormat.JSONL ? parseJsonLines(pruned) : selectColumns(pruned);
    }

    private Dataset<Row> pruneToPeriod(Dataset<Row> files, StatPeriod period) {
        if (!Arrays.asList(files.columns()).contains(partitionColumn)) {
            return files;
        }
        Column day = col(partitionColumn).cast(DataTypes.StringType);
        return files.where(day.between(period.start().toString(), period.lastDay().toString()));
    }

    private Dataset<Row> parseJsonLines(Dataset<Row> lines) {
        JsonLineParser parser = new JsonLineParser(columns);
        // A gzip file is one partition: parse it on every core, not in the task that inflates it.
        return InputSpread.overAllCores(lines.select(col("value")))
                .map(
                        (MapFunction<Row, Row>) row -> parser.parse(row.getString(0)),
                        Encoders.row(RAW_STRINGS));
    }

    private Dataset<Row> selectColumns(Dataset<Row> table) {
        List<String> present = Arrays.asList(table.columns());
        for (String name : List.of(columns.building(), columns.createdAt(), columns.body())) {
            if (!present.contains(name)) {
                throw new IllegalArgumentException(
                        "Input "
                                + input
                                + " has no column '"
                                + name
                                + "'; it has "
                                + present
                                + ". Map the columns with source.building-column, source.created-at-column"
                                + " and source.body-column.");
            }
        }
        boolean bodyIsString =
                table.schema().apply(columns.body()).dataType().equals(DataTypes.StringType);
        Column body = col(columns.body());
        return table.select(
                col(columns.building()).as(RawTextColumns.BUILDING_ID),
                col(columns.createdAt()).as(RawTextColumns.CREATED_AT),
                (bodyIsString ? body : lit(null).cast(DataTypes.StringType))
                        .as(RawTextColumns.BODY),
                (bodyIsString
                                ? lit(null).cast(DataTypes.StringType)
                                : when(body.isNotNull(), lit(TextValidation.BODY_NOT_TEXT)))
                        .as(RawTextColumns.FORMAT_PROBLEM));
    }

    @Override
    public String describe() {
        return format.name().toLowerCase(Locale.ROOT) + " files at " + input;
    }
}
