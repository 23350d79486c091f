package com.statbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import com.statbatch.job.cli.DatabaseFlags;
import com.statbatch.job.testing.LocalSpark;
import com.statbatch.job.testing.OctoberFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hand-made months through the real job: September without leaks in 한빛빌딩 (101), October with a
 * leak wave there; parking in 푸른 아파트 (102) both months.
 */
class MonthOverMonthJobTest {

    @TempDir Path out;

    private DbSettings db;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private void texts(String month, long building, String body, int count) throws Exception {
        try (Connection c = db.connect();
                PreparedStatement st =
                        c.prepareStatement(
                                "insert into building_text (text_id, building_id, created_at, body)"
                                        + " values (?, ?, ?, ?)")) {
            long base =
                    Long.parseLong(month.replace("-", "")) * 100_000
                            + building * 1_000
                            + Sql.rows(db, "select 1 from building_text").size();
            for (int i = 0; i < count; i++) {
                st.setLong(1, base + i);
                st.setLong(2, building);
                st.setTimestamp(
                        3,
                        Timestamp.from(
                                OffsetDateTime.parse(month + "-10T12:00:00+09:00")
                                        .toInstant()
                                        .plusSeconds(i)));
                st.setString(4, body);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private int job(String month) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--period",
                                month,
                                "--source",
                                "jdbc",
                                "--set",
                                "report.prefix=" + out));
        args.addAll(DatabaseFlags.of(db));
        return StatBatchJob.run(
                args.toArray(String[]::new),
                LocalSpark.session(),
                Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC),
                new PrintStream(log, true, StandardCharsets.UTF_8),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private List<String> trendRows() {
        return Sql.rows(
                db,
                "select p.start_date, t.building_id, t.term, t.documents, t.previous_documents,"
                        + " t.trend_status, round(t.trend_z::numeric, 6) from stat_keyword_trend t"
                        + " join stat_period p using (period_id) order by 1, 2, 3");
    }

    private List<String> categoryRows() {
        return Sql.rows(
                db,
                "select p.start_date, c.building_id, c.category, c.documents, round(c.share::numeric,"
                        + " 4), round(c.portfolio_share::numeric, 4), c.previous_documents,"
                        + " c.trend_status from stat_category c join stat_period p using (period_id)"
                        + " order by 1, 2, 3");
    }

    @Test
    void aLeakWaveIsNewAndRisingAndABackfillGivesTheSameTrends() throws Exception {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        OctoberFixture.loadBuildings(db);
        texts("2026-09", 101, "주차장이 너무 부족해요", 20);
        texts("2026-09", 101, "엘리베이터가 또 고장났어요", 10);
        texts("2026-09", 102, "주차장에 외부 차량이 주차했어요", 20);
        texts("2026-10", 101, "윗집 누수 때문에 천장에 곰팡이가 생겼어요. 누수 점검 부탁드립니다", 12);
        texts("2026-10", 101, "주차장이 너무 부족해요", 18);
        texts("2026-10", 102, "주차장에 외부 차량이 주차했어요", 20);

        assertThat(job("2026-09")).as(log.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(job("2026-10")).as(log.toString(StandardCharsets.UTF_8)).isZero();

        // A document that names 누수 twice and 곰팡이 and 천장 counts once for 누수.
        assertThat(categoryRows())
                .contains(
                        "2026-09-01|101|주차|20|0.6667|0.8000|null|null",
                        "2026-10-01|101|누수|12|0.4000|0.2400|0|NEW");
        assertThat(trendRows())
                .contains(
                        "2026-09-01|101|엘리베이터|10|null|null|null",
                        "2026-10-01|101|누수|12|null|NEW|3.872983",
                        "2026-10-01|101|엘리베이터|0|10|FALLING|-3.464102");
        Path html = out.resolve("stat/2026-10-01_2026-10-31/report.html");
        assertThat(Files.readString(html)).contains("건물 민원 리포트 2026-10", "비교 기준: <b>2026-09</b>");
        assertThat(Files.readString(out.resolve("stat/2026-10-01_2026-10-31/categories.csv")))
                .contains("2026-10-01,2026-10-31,101,한빛빌딩,누수,12,0.400000,0.240000,0,0.000000,NEW");

        List<String> monthly = trendRows();
        List<String> monthlyCategories = categoryRows();
        assertThat(job("2026-09")).isZero();
        assertThat(job("2026-10")).isZero();
        assertThat(trendRows()).isEqualTo(monthly);
        assertThat(categoryRows()).isEqualTo(monthlyCategories);
    }
}
