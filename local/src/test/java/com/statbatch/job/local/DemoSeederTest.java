package com.statbatch.job.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seeding the local source tables, repeatably, as a run against a DB_URL server needs. */
class DemoSeederTest {

    static final StatPeriod MARCH = StatPeriod.ofMonth(YearMonth.of(2026, 3));
    static final StatPeriod APRIL = StatPeriod.ofMonth(YearMonth.of(2026, 4));

    DbSettings db;

    @BeforeEach
    void database() {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateLocalSourceTables(db);
    }

    long texts(StatPeriod period) {
        return Long.parseLong(
                Sql.one(
                        db,
                        "select count(*) from building_text where created_at >= '"
                                + period.startInstant()
                                + "' and created_at < '"
                                + period.endInstant()
                                + "'"));
    }

    @Test
    void writesTheCorpusBuildingsAndTexts() throws Exception {
        String done = new DemoSeeder(db, 42).seed(MARCH, 3, 250);

        assertThat(done)
                .isEqualTo("3 buildings, 250 texts from 2026-03-01 to 2026-03-31 (seed 42)");
        List<DemoBuilding> expected = new DemoCorpus(42).buildings(3);
        assertThat(Sql.rows(db, "select building_id, name, address from building order by 1"))
                .containsExactlyElementsOf(
                        expected.stream()
                                .map(b -> b.id() + "|" + b.name() + "|" + b.address())
                                .toList());
        assertThat(texts(MARCH)).isEqualTo(250);
        assertThat(
                        Sql.one(
                                db,
                                "select min(created_at) = '"
                                        + MARCH.startInstant()
                                        + "' and max(created_at) = '"
                                        + MARCH.endInstant().minusMillis(1)
                                        + "' from building_text"))
                .isEqualTo("t");
    }

    @Test
    void seedingAgainReplacesThePeriodsTextsAndLeavesOtherMonthsAlone() throws Exception {
        new DemoSeeder(db, 42).seed(APRIL, 3, 100);
        new DemoSeeder(db, 42).seed(MARCH, 3, 250);

        new DemoSeeder(db, 7).seed(MARCH, 3, 40);

        assertThat(texts(MARCH)).isEqualTo(40);
        assertThat(texts(APRIL)).isEqualTo(100);
        assertThat(Sql.one(db, "select count(*) from building")).isEqualTo("3");
        assertThat(Sql.one(db, "select name from building where building_id = 1001"))
                .isEqualTo(new DemoCorpus(7).buildings(1).get(0).name());
    }

    @Test
    void registeringFileBuildingsAddsOnlyNewIdsAndKeepsExistingNames() throws Exception {
        new DemoSeeder(db, 42).seed(MARCH, 2, 10);

        int added = new SourceTables(db).registerBuildingIds(List.of(1001L, 29354L, 26624L));

        assertThat(added).isEqualTo(2);
        assertThat(Sql.rows(db, "select building_id, name from building order by 1"))
                .containsExactly(
                        "1001|" + new DemoCorpus(42).buildings(1).get(0).name(),
                        "1002|" + new DemoCorpus(42).buildings(2).get(1).name(),
                        "26624|건물 26624",
                        "29354|건물 29354");
    }
}
