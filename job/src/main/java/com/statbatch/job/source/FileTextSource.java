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
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
                    .add(RawTextColumns.FORMAT_PROBLEM, DataTypes.StringType)
                    .add(RawTextColumns.TEXT_ID, DataTypes.StringType);

    private static final String CORRUPT_RECORD = "_corrupt_record";
    private static final Logger LOG = LoggerFactory.getLogger(FileTextSource.class);

    private final String input;
    private final FileFormat format;
    private final String partitionColumn;
    private final SourceColumns columns;
    private final boolean dropRepeatedIds;

    /**
     * @param dropRepeatedIds count a text id seen again within the period once (source.files
     *     .drop-repeated-ids)
     */
    public FileTextSource(
            String input,
            FileFormat format,
            String partitionColumn,
            SourceColumns columns,
            boolean dropRepeatedIds) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException(
                    "The file source needs an input: pass --input URI"
                            + " (s3a://bucket/path, file:///path or a local path) or set source.files.input.");
        }
        this.input = input;
        this.format = format;
        this.partitionColumn = partitionColumn;
        this.columns = columns;
        this.dropRepeatedIds = dropRepeatedIds;
    }

    @Override
    public boolean dropsRepeatedTexts() {
        return dropRepeatedIds;
    }

    @Override
    public Dataset<Row> read(SparkSession spark, StatPeriod period) {
        Dataset<Row> files =
                switch (format) {
                    case JSONL -> spark.read().text(input);
                    case CSV -> readCsv(spark);
                    case PARQUET -> spark.read().parquet(input);
                };
        Dataset<Row> pruned = pruneToPeriod(files, period);
        return format == FileFormat.JSONL
                ? parseJsonLines(spark, files, pruned)
                : selectColumns(pruned);
    }

    /**
     * Every column as text, plus the record itself when its field count is not the header's, which
     * makes it a malformed record instead of a row with fields shifted or missing.
     */
    private Dataset<Row> readCsv(SparkSession spark) {
        DataFrameReader csv =
                spark.read()
                        .option("header", "true")
                        .option("multiLine", "true")
                        .option("escape", "\"");
        StructType fields = new StructType();
        for (StructField field : csv.csv(input).schema().fields()) {
            // Partition folders (dt=...) are discovered by Spark, not read from the header.
            if (!field.name().equals(partitionColumn)) {
                fields = fields.add(field.name(), DataTypes.StringType);
            }
        }
        return csv.schema(fields.add(CORRUPT_RECORD, DataTypes.StringType))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT_RECORD)
                .csv(input);
    }

    private Dataset<Row> pruneToPeriod(Dataset<Row> files, StatPeriod period) {
        if (!Arrays.asList(files.columns()).contains(partitionColumn)) {
            return files;
        }
        Column day = col(partitionColumn).cast(DataTypes.StringType);
        return files.where(day.between(period.start().toString(), period.lastDay().toString()));
    }

    private Dataset<Row> parseJsonLines(
            SparkSession spark, Dataset<Row> files, Dataset<Row> pruned) {
        JsonLineParser parser = new JsonLineParser(columns);
        int cores = spark.sparkContext().defaultParallelism();
        String[] inputFiles = files.inputFiles();
        boolean oneUnsplitFile =
                inputFiles.length == 1
                        && !Arrays.asList(files.columns()).contains(partitionColumn)
                        && pruned.rdd().getNumPartitions() < cores;
        // A gzip file is one partition: have every core read it rather than shuffle its lines.
        Dataset<String> lines =
                oneUnsplitFile
                        ? StripedLines.read(spark, inputFiles[0], cores)
                        : InputSpread.overAllCores(pruned.select(col("value")))
                                .as(Encoders.STRING());
        return lines.map((MapFunction<String, Row>) parser::parse, Encoders.row(RAW_STRINGS));
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
        Column problem =
                bodyIsString
                        ? lit(null).cast(DataTypes.StringType)
                        : when(body.isNotNull(), lit(TextValidation.BODY_NOT_TEXT));
        if (present.contains(CORRUPT_RECORD)) {
            problem =
                    when(col(CORRUPT_RECORD).isNotNull(), lit(TextValidation.MALFORMED_RECORD))
                            .otherwise(problem);
        }
        return table.select(
                col(columns.building()).as(RawTextColumns.BUILDING_ID),
                col(columns.createdAt()).as(RawTextColumns.CREATED_AT),
                (bodyIsString ? body : lit(null).cast(DataTypes.StringType))
                        .as(RawTextColumns.BODY),
                problem.as(RawTextColumns.FORMAT_PROBLEM),
                textId(present).as(RawTextColumns.TEXT_ID));
    }

    private Column textId(List<String> present) {
        if (present.contains(columns.id())) {
            return col(columns.id()).cast(DataTypes.StringType);
        }
        if (dropRepeatedIds) {
            LOG.warn(
                    "Input {} has no id column '{}' (source.id-column; it has {}): repeated"
                            + " deliveries of a text cannot be recognised and count each time.",
                    input,
                    columns.id(),
                    present);
        }
        return lit(null).cast(DataTypes.StringType);
    }

    @Override
    public String describe() {
        return format.name().toLowerCase(Locale.ROOT) + " files at " + input;
    }
}
