package com.statbatch.common.master;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MasterSyncTest {

    private final MasterSync sync =
            new MasterSync(new MasterTableSettings("building", "building_id", "name", "address"));
    private final StatPeriod october = StatPeriod.ofMonth(YearMonth.of(2026, 10));
    private DbSettings db;

    @BeforeEach
    void database() throws SQLException {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        execute("insert into building values (1, '한빛빌딩', '서울 중구'), (2, '푸른아파트', '부산 해운대구')");
    }

    @Test
    void newBuildingsAreInsertedAndThePeriodCreated() throws SQLException {
        MasterSync.Result result;
        try (Connection c = db.connect()) {
            result = sync.sync(c, october);
        }

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(
                        rows(
                                "select building_id || ':' || name || ':' || active from stat_dimension order by 1"))
                .containsExactly("1:한빛빌딩:true", "2:푸른아파트:true");
        assertThat(
                        rows(
                                "select period_type || ' ' || start_date || ' ' || end_date || ' ' || time_zone from stat_period"))
                .containsExactly("MONTH 2026-10-01 2026-11-01 Asia/Seoul");
    }

    @Test
    void syncTwiceGivesTheSameTablesAndTheSamePeriodId() throws SQLException {
        MasterSync.Result first;
        MasterSync.Result second;
        try (Connection c = db.connect()) {
            first = sync.sync(c, october);
            second = sync.sync(c, october);
        }

        assertThat(second.periodId()).isEqualTo(first.periodId());
        assertThat(second.inserted() + second.updated() + second.deactivated()).isZero();
        assertThat(rows("select count(*) from stat_period")).containsExactly("1");
    }

    @Test
    void aKnownPeriodIdIsCheckedAgainstThePeriodAndUsed() throws SQLException {
        long periodId;
        try (Connection c = db.connect()) {
            periodId = MasterSync.ensurePeriod(c, october);
            assertThat(sync.sync(c, october, OptionalLong.of(periodId)).periodId())
                    .isEqualTo(periodId);
        }
        assertThat(rows("select count(*) from stat_period")).containsExactly("1");
    }

    @Test
    void aPeriodIdOfAnotherPeriodIsRefusedAndNothingIsSynced() throws SQLException {
        try (Connection c = db.connect()) {
            long september = MasterSync.ensurePeriod(c, StatPeriod.ofMonth(YearMonth.of(2026, 9)));

            assertThatThrownBy(() -> sync.sync(c, october, OptionalLong.of(september)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Period id " + september)
                    .hasMessageContaining("MONTH 2026-09-01..2026-10-01")
                    .hasMessageContaining("not MONTH 2026-10-01..2026-11-01 (2026-10)");
            assertThatThrownBy(() -> sync.sync(c, october, OptionalLong.of(999)))
                    .hasMessageContaining("Period id 999 is no row in stat_period");
        }
        assertThat(rows("select count(*) from stat_dimension")).containsExactly("0");
        assertThat(rows("select count(*) from stat_period")).containsExactly("1");
    }

    @Test
    void renamedBuildingsAreUpdatedAndVanishedOnesMarkedInactiveNotDeleted() throws SQLException {
        try (Connection c = db.connect()) {
            sync.sync(c, october);
            execute("update building set name = '한빛타워' where building_id = 1");
            execute("delete from building where building_id = 2");
            MasterSync.Result result = sync.sync(c, october);

            assertThat(result.updated()).isEqualTo(1);
            assertThat(result.deactivated()).isEqualTo(1);
        }
        assertThat(
                        rows(
                                "select building_id || ':' || name || ':' || active from stat_dimension order by 1"))
                .containsExactly("1:한빛타워:true", "2:푸른아파트:false");
    }

    @Test
    void aBuildingThatReturnsIsActiveAgain() throws SQLException {
        try (Connection c = db.connect()) {
            sync.sync(c, october);
            execute("delete from building where building_id = 2");
            sync.sync(c, october);
            execute("insert into building values (2, '푸른아파트', '부산 해운대구')");
            sync.sync(c, october);
        }
        assertThat(rows("select active::text from stat_dimension where building_id = 2"))
                .containsExactly("true");
    }

    private void execute(String sql) {
        Sql.execute(db, sql);
    }

    private List<String> rows(String sql) {
        return Sql.rows(db, sql);
    }
}
