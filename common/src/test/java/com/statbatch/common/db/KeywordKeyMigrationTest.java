package com.statbatch.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V7 on a database as deployed before it (V1, V3, V6 applied) that already holds a month under the
 * old key (period, building, term, pos).
 */
class KeywordKeyMigrationTest {

    private DbSettings db;

    @BeforeEach
    void monthStoredUnderTheOldKey() {
        db = LocalPostgres.freshDatabase();
        Flyway.configure(getClass().getClassLoader())
                .dataSource(db.url(), db.user(), db.password())
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target("6")
                .load()
                .migrate();
        Sql.execute(
                db,
                "insert into stat_period (period_id, period_type, start_date, end_date, time_zone)"
                        + " values (1, 'MONTH', '2015-08-01', '2015-09-01', 'Asia/Seoul')");
        Sql.execute(
                db, "insert into stat_dimension (building_id, name) values (10, 'a'), (20, 'b')");
        Sql.execute(db, "create table stat_keyword_p1 partition of stat_keyword for values in (1)");
        Sql.execute(
                db,
                "insert into stat_keyword values"
                        + " (1, 10, '영화', 'NNG', 9, 7, 0.1, 1),"
                        + " (1, 10, '다스', 'NNP', 4, 3, 0.2, 2),"
                        + " (1, 10, '파리', 'NNG', 3, 3, 0.3, 3),"
                        + " (1, 10, '다스', 'NNG', 4, 2, 0.2, 4),"
                        + " (1, 20, '파리', 'NNP', 2, 2, 0.3, 1),"
                        + " (1, 20, '파리', 'NNG', 1, 1, 0.3, 2)");
        Sql.execute(
                db,
                "insert into stat_building values"
                        + " (1, 10, 12, 0, 20, 3, '영화, 다스, 파리, 다스'),"
                        + " (1, 20, 5, 1, 3, 1, '파리, 파리')");
    }

    @Test
    void aTermTwiceUnderTheOldKeyBecomesOneRowAndTheKeyIsTheTerm() {
        SchemaMigrator.migrateStatTables(db);

        assertThat(
                        Sql.rows(
                                db,
                                "select building_id, rank, term, pos, term_freq, doc_freq, score,"
                                        + " bg_doc_freq, distinctive_rank from stat_keyword order by 1, 2"))
                .containsExactly(
                        "10|1|영화|NNG|9|7|null|null|null",
                        "10|2|다스|NNG|8|3|null|null|null",
                        "10|3|파리|NNG|3|3|null|null|null",
                        "20|1|파리|NNP|3|2|null|null|null");
        assertThat(
                        Sql.rows(
                                db,
                                "select building_id, top_terms, distinctive_terms from stat_building order by 1"))
                .containsExactly("10|영화, 다스, 파리|null", "20|파리|null");
        assertThatThrownBy(
                        () ->
                                Sql.execute(
                                        db,
                                        "insert into stat_keyword (period_id, building_id, term, pos,"
                                                + " term_freq, doc_freq, rank)"
                                                + " values (1, 20, '파리', 'NNG', 1, 1, 9)"))
                .rootCause()
                .hasMessageContaining(
                        "Key (period_id, building_id, term)=(1, 20, 파리) already exists");
    }

    @Test
    void aFreshDatabaseMigratesToo() {
        DbSettings fresh = LocalPostgres.freshDatabase();

        SchemaMigrator.migrateStatTables(fresh);

        assertThat(
                        Sql.one(
                                fresh,
                                "select string_agg(a.attname, ',' order by k.ord)"
                                        + " from pg_constraint c, unnest(c.conkey) with ordinality k(att, ord),"
                                        + " pg_attribute a where c.conname = 'stat_keyword_pkey'"
                                        + " and a.attrelid = c.conrelid and a.attnum = k.att"))
                .isEqualTo("period_id,building_id,term");
    }
}
