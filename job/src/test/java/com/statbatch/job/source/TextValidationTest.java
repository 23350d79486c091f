package com.statbatch.job.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.testing.LocalSpark;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextValidationTest {

    private static final StatPeriod OCTOBER = StatPeriod.ofMonth(YearMonth.of(2026, 10));
    private static SparkSession spark;

    @BeforeAll
    static void spark() {
        spark = LocalSpark.session();
        spark.conf().set("spark.sql.session.timeZone", "Asia/Seoul");
    }

    private static Dataset<Row> raw(Object[]... rows) {
        return spark.createDataFrame(
                List.of(rows).stream().map(RowFactory::create).toList(),
                FileTextSource.RAW_STRINGS);
    }

    private static List<String> classified(Dataset<Row> raw) {
        return TextValidation.classify(raw, OCTOBER)
                .selectExpr(
                        "concat_ws('|', coalesce(cast(building_id as string), ''), coalesce(body, ''), coalesce(reject_reason, 'ok'))")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
    }

    @Test
    void rowsOnTheMonthBoundariesLandInTheRightMonthWhateverTheJvmZone() {
        List<String> rows =
                classified(
                        raw(
                                new Object[] {
                                    "1", "2026-09-30T23:59:59.999+09:00", "last of september", null
                                },
                                new Object[] {
                                    "1", "2026-10-01T00:00:00+09:00", "first of october", null
                                },
                                new Object[] {
                                    "1", "2026-10-31T23:59:59.999+09:00", "last of october", null
                                },
                                new Object[] {
                                    "1", "2026-11-01T00:00:00+09:00", "first of november", null
                                },
                                new Object[] {
                                    "1", "2026-10-31T14:59:59.999Z", "last of october in UTC", null
                                },
                                new Object[] {
                                    "1", "2026-10-31 23:59:59", "no offset means Seoul", null
                                }));

        assertThat(rows)
                .containsExactlyInAnyOrder(
                        "1|first of october|ok",
                        "1|last of october|ok",
                        "1|last of october in UTC|ok",
                        "1|no offset means Seoul|ok");
    }

    @Test
    void malformedRowsGetTheirReasonAndAreKeptForCounting() {
        List<String> rows =
                classified(
                        raw(
                                new Object[] {
                                    null, "2026-10-05T10:00:00+09:00", "no building", null
                                },
                                new Object[] {
                                    " ", "2026-10-05T10:00:00+09:00", "blank building", null
                                },
                                new Object[] {
                                    "A-12", "2026-10-05T10:00:00+09:00", "not a number", null
                                },
                                new Object[] {"7", "어제", "bad time", null},
                                new Object[] {"7", null, "no time", null},
                                new Object[] {
                                    "7",
                                    "2026-10-05T10:00:00+09:00",
                                    null,
                                    TextValidation.BODY_NOT_TEXT
                                },
                                new Object[] {null, null, null, TextValidation.MALFORMED_RECORD},
                                new Object[] {"8", "2026-10-05T10:00:00+09:00", "", null}));

        assertThat(rows)
                .containsExactlyInAnyOrder(
                        "|no building|missing_building_id",
                        "|blank building|missing_building_id",
                        "|not a number|invalid_building_id",
                        "7|bad time|unparseable_timestamp",
                        "7|no time|unparseable_timestamp",
                        "7||body_not_text",
                        "||malformed_record",
                        "8||ok");
    }

    @Test
    void badRowsOfOtherMonthsAreNotThisMonthsConcern() {
        assertThat(
                        classified(
                                raw(
                                        new Object[] {
                                            null,
                                            "2026-09-05T10:00:00+09:00",
                                            "september, no building",
                                            null
                                        })))
                .isEmpty();
    }
}
