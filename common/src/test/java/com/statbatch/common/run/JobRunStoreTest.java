package com.statbatch.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.LocalPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobRunStoreTest {

    private final JobRunStore store = new JobRunStore();
    private DbSettings db;
    private long periodId;

    @BeforeEach
    void database() throws SQLException {
        db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        try (Connection c = db.connect()) {
            periodId = MasterSync.ensurePeriod(c, StatPeriod.ofMonth(YearMonth.of(2026, 10)));
        }
    }

    @Test
    void submittedRunBecomesRunningThenSucceededWithItsCounts() throws SQLException {
        try (Connection c = db.connect()) {
            store.insertSubmitted(c, "run-1", periodId, null);
            store.recordCluster(c, "run-1", "j-CLUSTER");
            store.markRunning(c, "run-1", periodId);
            store.recordStep(c, "run-1", "j-CLUSTER", "s-STEP");
            store.markSucceeded(
                    c,
                    "run-1",
                    new RunCounts(
                            120,
                            3,
                            45,
                            Map.of("missing_building_id", 2L),
                            4,
                            1,
                            "s3a://bucket/stat/2026-10-01_2026-10-31/building_keywords.csv"));

            assertThat(store.findByPeriod(c, periodId))
                    .singleElement()
                    .satisfies(
                            run -> {
                                assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
                                assertThat(run.clusterId()).isEqualTo("j-CLUSTER");
                                assertThat(run.stepId()).isEqualTo("s-STEP");
                                assertThat(run.startedAt()).isNotNull();
                                assertThat(run.finishedAt()).isNotNull();
                            });
            try (Statement st = c.createStatement();
                    ResultSet rs =
                            st.executeQuery(
                                    "select documents, buildings, keywords, skipped_rows::text,"
                                            + " unknown_building_documents, truncated_documents, csv_uri from stat_job_run")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(120);
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getLong(3)).isEqualTo(45);
                assertThat(rs.getString(4)).isEqualTo("{\"missing_building_id\": 2}");
                assertThat(rs.getLong(5)).isEqualTo(4);
                assertThat(rs.getLong(6)).isEqualTo(1);
                assertThat(rs.getString(7)).endsWith("building_keywords.csv");
            }
        }
    }

    @Test
    void runStartedByHandGetsItsOwnRowAndAFailureKeepsStageAndMessage() throws SQLException {
        try (Connection c = db.connect()) {
            store.markRunning(c, "manual-1", periodId);
            store.markFailed(c, "manual-1", "write-db", "PSQLException: connection lost");

            assertThat(store.findByPeriod(c, periodId))
                    .singleElement()
                    .satisfies(
                            run -> {
                                assertThat(run.status()).isEqualTo(RunStatus.FAILED);
                                assertThat(run.errorStage()).isEqualTo("write-db");
                                assertThat(run.errorMessage())
                                        .isEqualTo("PSQLException: connection lost");
                            });
        }
    }
}
