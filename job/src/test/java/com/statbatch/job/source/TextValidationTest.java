package com.statbatch.job.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.period.StatPeriod;
import com.statbatch.job.testing.LocalSpark;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Classification of raw rows, and repeated deliveries of one text id ({@link RepeatedTexts}). */
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
                List.of(rows).stream().map(r -> withoutId(r)).toList(), FileTextSource.RAW_STRINGS);
    }

    private static Row withoutId(Object[] fields) {
        Object[] all = Arrays.copyOf(fields, fields.length + 1);
        return RowFactory.create(all);
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

    /** Rows of (text_id, building_id, created_at, body). */
    private static List<String> fates(Object[]... rows) {
        List<Row> raw =
                List.of(rows).stream()
                        .map(r -> RowFactory.create(r[1], r[2], r[3], null, r[0]))
                        .toList();
        return RepeatedTexts.reject(
                        TextValidation.classify(
                                spark.createDataFrame(raw, FileTextSource.RAW_STRINGS), OCTOBER))
                .selectExpr(
                        "concat_ws('|', coalesce(text_id, '-'), body, coalesce(reject_reason, 'ok'))")
                .as(Encoders.STRING())
                .collectAsList();
    }

    @Test
    void aTextDeliveredTwiceCountsOnceAndTheRepeatIsSkippedWithItsOwnReason() {
        assertThat(
                        fates(
                                new Object[] {"1", "101", "2026-10-05T10:00:00+09:00", "누수 민원"},
                                new Object[] {"1", "101", "2026-10-05T10:00:00+09:00", "누수 민원"},
                                new Object[] {"2", "101", "2026-10-06T10:00:00+09:00", "소음"}))
                .containsExactlyInAnyOrder("1|누수 민원|ok", "1|누수 민원|duplicate_text_id", "2|소음|ok");
    }

    @Test
    void theEarliestCopyIsKeptSoEveryRunKeepsTheSameOne() {
        assertThat(
                        fates(
                                new Object[] {" 5", "101", "2026-10-07T10:00:00+09:00", "later"},
                                new Object[] {"5", "101", "2026-10-06T10:00:00+09:00", "earlier"}))
                .containsExactlyInAnyOrder(" 5|later|duplicate_text_id", "5|earlier|ok");
    }

    @Test
    void rowsWithoutAnIdAndRowsAlreadyRejectedAreLeftAsTheyAre() {
        assertThat(
                        fates(
                                new Object[] {null, "101", "2026-10-05T10:00:00+09:00", "a"},
                                new Object[] {null, "101", "2026-10-05T10:00:00+09:00", "a"},
                                new Object[] {"3", "x", "2026-10-05T10:00:00+09:00", "bad"},
                                new Object[] {"3", "101", "2026-10-05T10:00:00+09:00", "good"}))
                .containsExactlyInAnyOrder(
                        "-|a|ok", "-|a|ok", "3|bad|invalid_building_id", "3|good|ok");
    }

    @Test
    void aCopyInAnotherMonthIsNotARepeatWithinThisOne() {
        assertThat(
                        fates(
                                new Object[] {"9", "101", "2026-09-30T10:00:00+09:00", "september"},
                                new Object[] {"9", "101", "2026-10-01T10:00:00+09:00", "october"}))
                .containsExactly("9|october|ok");
    }
}
