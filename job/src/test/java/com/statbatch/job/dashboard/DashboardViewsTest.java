package com.statbatch.job.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The BI views of migration V3, on rows written by hand, queried as the README shows. */
class DashboardViewsTest {

    private static DbSettings db;

    @BeforeAll
    static void twoBuildingsInOctober() {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        Sql.execute(
                db,
                """
                insert into stat_dimension (building_id, name) values (1001, '청솔 1단지'), (1002, '라온아파트');
                insert into stat_period (period_id, period_type, start_date, end_date, time_zone)
                values (7, 'MONTH', '2026-10-01', '2026-11-01', 'Asia/Seoul');
                insert into stat_building (period_id, building_id, documents, empty_documents, tokens, distinct_terms, top_terms)
                values (7, 1001, 200, 3, 900, 120, '누수, 천장'), (7, 1002, 100, 0, 400, 80, '주차장');
                insert into stat_category (period_id, building_id, category, documents, share,
                    portfolio_documents, portfolio_share, previous_documents, previous_share, trend_status, trend_z)
                values (7, 1001, '누수', 60, 0.3, 70, 0.2333, 9, 0.05, 'RISING', 6.1),
                       (7, 1001, '소음', 20, 0.1, 20, 0.0667, 22, 0.11, 'STEADY', -0.3),
                       (7, 1001, '택배', 5, 0.025, 5, 0.0167, 0, 0, 'NEW', 2.3),
                       (7, 1001, '주차', 1, 0.005, 41, 0.1367, 1, 0.005, null, null),
                       (7, 1002, '누수', 10, 0.1, 70, 0.2333, 2, 0.02, 'NEW', 2.4),
                       (7, 1002, '주차', 40, 0.4, 41, 0.1367, 45, 0.45, 'STEADY', -0.7);
                insert into stat_keyword_trend (period_id, building_id, term, documents, share,
                    previous_documents, previous_share, trend_status, trend_z)
                values (7, 1001, '누수', 60, 0.3, 9, 0.05, 'RISING', 6.1),
                       (7, 1001, '곰팡이', 25, 0.125, null, null, 'NEW', 4.0),
                       (7, 1001, '주차장', 4, 0.02, 20, 0.1, 'FALLING', -3.4),
                       (7, 1001, '천장', 30, 0.15, 28, 0.14, 'STEADY', 0.2),
                       (7, 1002, '차단기', 15, 0.15, 14, 0.14, 'STEADY', 0.1);
                """);
    }

    @Test
    void oneRowPerBuildingAndMonthWithTopCategoriesAndTrendCounts() {
        assertThat(
                        Sql.rows(
                                db,
                                """
                                select start_date, building_id, name, documents, top_categories,
                                       rising_categories, new_terms, rising_terms, falling_terms
                                  from stat_building_month
                                 where period_type = 'MONTH'
                                 order by start_date, documents desc
                                """))
                .containsExactly(
                        "2026-10-01|1001|청솔 1단지|200|누수 30.0%, 소음 10.0%, 택배 2.5%|2|1|1|1",
                        "2026-10-01|1002|라온아파트|100|주차 40.0%, 누수 10.0%|1|0|0|0");
    }

    @Test
    void eachCategoryAcrossThePortfolio() {
        assertThat(
                        Sql.rows(
                                db,
                                """
                                select category, buildings, documents, round(share::numeric, 4),
                                       rising_buildings, falling_buildings
                                  from stat_portfolio_category
                                 where start_date = '2026-10-01'
                                 order by documents desc
                                """))
                .containsExactly(
                        "누수|2|70|0.2333|2|0",
                        "주차|2|41|0.1367|0|0",
                        "소음|1|20|0.0667|0|0",
                        "택배|1|5|0.0167|1|0");
    }

    @Test
    void whatIsNewOrRisingAndWhere() {
        assertThat(
                        Sql.rows(
                                db,
                                """
                                select name, term, trend_status, previous_share, share
                                  from stat_keyword_trend_month
                                 where start_date = '2026-10-01' and trend_status in ('NEW', 'RISING')
                                 order by trend_z desc
                                """))
                .containsExactly("청솔 1단지|누수|RISING|0.05|0.3", "청솔 1단지|곰팡이|NEW|null|0.125");
        assertThat(
                        Sql.rows(
                                db,
                                "select name, category, share, previous_share, trend_status"
                                        + " from stat_category_month where building_id = 1002"
                                        + " order by category"))
                .containsExactly("라온아파트|누수|0.1|0.02|NEW", "라온아파트|주차|0.4|0.45|STEADY");
    }
}
