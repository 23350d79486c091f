package com.statbatch.job.trend;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.job.testing.LocalSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class TrendRowsTest {

    private static final TrendSettings SETTINGS = new TrendSettings(3, 2.58);

    private static Dataset<Row> counts(Object... buildingKeyDocuments) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < buildingKeyDocuments.length; i += 3) {
            rows.add(
                    RowFactory.create(
                            ((Number) buildingKeyDocuments[i]).longValue(),
                            buildingKeyDocuments[i + 1],
                            ((Number) buildingKeyDocuments[i + 2]).longValue()));
        }
        return LocalSpark.session()
                .createDataFrame(
                        rows,
                        new StructType()
                                .add("building_id", DataTypes.LongType)
                                .add("term", DataTypes.StringType)
                                .add("documents", DataTypes.LongType));
    }

    private static Dataset<Row> buildings(long... buildingDocuments) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < buildingDocuments.length; i += 2) {
            rows.add(RowFactory.create(buildingDocuments[i], buildingDocuments[i + 1]));
        }
        return LocalSpark.session()
                .createDataFrame(
                        rows,
                        new StructType()
                                .add("building_id", DataTypes.LongType)
                                .add("documents", DataTypes.LongType));
    }

    private static List<String> lines(Dataset<Row> trends) {
        return trends.orderBy("building_id", "term").collectAsList().stream()
                .map(
                        r ->
                                String.format(
                                        Locale.ROOT,
                                        "%d %s %d %.3f prev=%s/%s %s",
                                        r.getLong(0),
                                        r.getString(1),
                                        r.getLong(2),
                                        r.getDouble(3),
                                        r.get(4),
                                        r.isNullAt(5)
                                                ? "null"
                                                : String.format(
                                                        Locale.ROOT, "%.3f", r.getDouble(5)),
                                        r.get(6)))
                .toList();
    }

    @Test
    void classifiesEveryTermOfTwoHandMadeMonths() {
        Dataset<Row> october =
                counts(
                        1, "누수", 12, // absent in September: NEW
                        1, "소음", 40, // 10 -> 40 of 200: RISING
                        1, "주차", 10, // 40 -> 10: FALLING
                        1, "택배", 22, // 20 -> 22: STEADY
                        1, "곰팡이", 2, // below the minimum both months: not kept
                        1, "엘베", 1, // 30 -> 1: FALLING, kept though below the minimum now
                        2, "누수", 5, // a building without September: kept, no trend
                        2, "소음", 2);
        Dataset<Row> september =
                counts(
                        1, "소음", 10, 1, "주차", 40, 1, "택배", 20, 1, "엘베", 30, 1, "관리비", 25, 3, "누수",
                        9);

        List<String> rows =
                lines(
                        TrendRows.compute(
                                "term",
                                october,
                                buildings(1, 200, 2, 50),
                                september,
                                buildings(1, 200, 3, 40),
                                false,
                                SETTINGS.minDocuments(),
                                SETTINGS));

        assertThat(rows)
                .containsExactly(
                        "1 관리비 0 0.000 prev=25/0.125 FALLING",
                        "1 누수 12 0.060 prev=null/null NEW",
                        "1 소음 40 0.200 prev=10/0.050 RISING",
                        "1 엘베 1 0.005 prev=30/0.150 FALLING",
                        "1 주차 10 0.050 prev=40/0.200 FALLING",
                        "1 택배 22 0.110 prev=20/0.100 STEADY",
                        "2 누수 5 0.100 prev=null/null null");
    }

    @Test
    void aCategoryMissingLastMonthHadNoDocumentsAtAll() {
        Dataset<Row> now = counts(1, "누수", 30, 1, "소음", 1);
        Dataset<Row> before = counts(1, "소음", 1);

        List<String> rows =
                lines(
                        TrendRows.compute(
                                "term",
                                now,
                                buildings(1, 100),
                                before,
                                buildings(1, 100),
                                true,
                                1,
                                SETTINGS));

        assertThat(rows)
                .containsExactly(
                        "1 누수 30 0.300 prev=0/0.000 NEW", "1 소음 1 0.010 prev=1/0.010 null");
    }

    @Test
    void withoutAPreviousMonthNothingHasATrend() {
        Dataset<Row> now = counts(1, "누수", 30, 1, "소음", 2);

        List<String> rows =
                lines(
                        TrendRows.compute(
                                "term",
                                now,
                                buildings(1, 100),
                                counts(),
                                buildings(),
                                false,
                                SETTINGS.minDocuments(),
                                SETTINGS));

        assertThat(rows).containsExactly("1 누수 30 0.300 prev=null/null null");
    }
}
