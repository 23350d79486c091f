package com.statbatch.job.testing;

import com.statbatch.job.analysis.AnalysedColumns;
import com.statbatch.udf.spark.KoreanKeywordsUdf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Tiny in-memory documents with keywords already counted, as the UDF would give them. */
public final class Documents {

    private static final StructType SCHEMA =
            new StructType()
                    .add(AnalysedColumns.BUILDING_ID, DataTypes.LongType)
                    .add(AnalysedColumns.KEYWORDS, KoreanKeywordsUdf.KEYWORDS_TYPE);

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param keywords "term/POS:count" entries, e.g. "누수/NNG:2"
     */
    public Documents doc(long buildingId, String... keywords) {
        rows.add(
                RowFactory.create(
                        buildingId, Arrays.stream(keywords).map(Documents::keyword).toList()));
        return this;
    }

    public Dataset<Row> toDataset() {
        return LocalSpark.session().createDataFrame(rows, SCHEMA);
    }

    private static Row keyword(String spec) {
        String[] termAndCount = spec.split(":");
        String[] termAndPos = termAndCount[0].split("/");
        return RowFactory.create(termAndPos[0], termAndPos[1], Integer.parseInt(termAndCount[1]));
    }
}
