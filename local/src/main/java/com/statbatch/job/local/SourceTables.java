package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

/**
 * Writes the local source tables (building, building_text, as
 * SchemaMigrator.migrateLocalSourceTables creates them). Writing the same demo twice leaves the
 * same rows, so a run against a DB_URL server can be repeated.
 */
final class SourceTables {

    private static final int BATCH = 1000;

    private final DbSettings db;

    SourceTables(DbSettings db) {
        this.db = db;
    }

    void upsertBuildings(List<DemoBuilding> buildings) throws SQLException {
        String sql =
                "insert into building (building_id, name, address) values (?, ?, ?)"
                        + " on conflict (building_id) do update set name = excluded.name, address = excluded.address";
        try (Connection c = db.connect();
                Batch batch = new Batch(c.prepareStatement(sql))) {
            for (DemoBuilding b : buildings) {
                batch.statement().setLong(1, b.id());
                batch.statement().setString(2, b.name());
                batch.statement().setString(3, b.address());
                batch.add();
            }
            batch.finish();
        }
    }

    /**
     * Registers ids a file mentions as "건물 <id>", leaving buildings that already exist as they are.
     */
    int registerBuildingIds(Collection<Long> ids) throws SQLException {
        String sql =
                "insert into building (building_id, name) values (?, ?) on conflict (building_id) do nothing";
        try (Connection c = db.connect();
                Batch batch = new Batch(c.prepareStatement(sql))) {
            for (long id : ids) {
                batch.statement().setLong(1, id);
                batch.statement().setString(2, "건물 " + id);
                batch.add();
            }
            return batch.finish();
        }
    }

    /** Replaces the period's texts of the given buildings with these, in one transaction. */
    void replaceTexts(StatPeriod period, Collection<Long> buildingIds, List<DemoText> texts)
            throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete =
                    c.prepareStatement(
                            "delete from building_text"
                                    + " where building_id = any (?) and created_at >= ? and created_at < ?")) {
                delete.setArray(1, c.createArrayOf("bigint", buildingIds.toArray()));
                delete.setTimestamp(2, Timestamp.from(period.startInstant()));
                delete.setTimestamp(3, Timestamp.from(period.endInstant()));
                delete.executeUpdate();
            }
            insertTexts(c, texts);
            c.commit();
        }
    }

    private static void insertTexts(Connection c, List<DemoText> texts) throws SQLException {
        String sql =
                "insert into building_text (text_id, building_id, created_at, body) values (?, ?, ?, ?)"
                        + " on conflict (text_id) do update set building_id = excluded.building_id,"
                        + " created_at = excluded.created_at, body = excluded.body";
        try (Batch batch = new Batch(c.prepareStatement(sql))) {
            for (DemoText t : texts) {
                batch.statement().setLong(1, t.id());
                batch.statement().setLong(2, t.buildingId());
                batch.statement().setTimestamp(3, Timestamp.from(t.createdAt()));
                batch.statement().setString(4, t.body());
                batch.add();
            }
            batch.finish();
        }
    }

    /**
     * A prepared statement sent in batches of {@value #BATCH} rows; {@link #finish()} sends the
     * rest.
     */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private int pending;
        private int affected;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        PreparedStatement statement() {
            return statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                send();
            }
        }

        /** Sends what is pending and returns the rows changed by all batches. */
        int finish() throws SQLException {
            send();
            return affected;
        }

        private void send() throws SQLException {
            for (int n : statement.executeBatch()) {
                affected += Math.max(n, 0);
            }
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
