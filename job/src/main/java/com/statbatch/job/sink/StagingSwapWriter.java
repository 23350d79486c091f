package com.statbatch.job.sink;

import com.statbatch.common.db.DbSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a period's rows in stat_keyword and stat_building, all or nothing. The executors COPY
 * the new rows into unlogged staging tables in parallel; then one transaction deletes the period's
 * old rows, inserts the staged ones and drops the staging tables. Whatever fails before that commit
 * (a task, an executor, the connection) leaves the previous results as they were, and running the
 * same period again gives the same tables.
 */
public final class StagingSwapWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StagingSwapWriter.class);

    /** Result rows as written: the staged datasets must have exactly these columns, in this order. */
    public static final List<String> KEYWORD_COLUMNS =
            List.of("period_id", "building_id", "term", "pos", "term_freq", "doc_freq", "tfidf", "rank");
    public static final List<String> BUILDING_COLUMNS =
            List.of("period_id", "building_id", "documents", "empty_documents", "tokens", "distinct_terms", "top_terms");

    private final DbSettings db;
    private final WriteFault fault;

    public StagingSwapWriter(DbSettings db) {
        this(db, WriteFault.NONE);
    }

    public StagingSwapWriter(DbSettings db, WriteFault fault) {
        this.db = db;
        this.fault = fault;
    }

    /** Rows written per table. */
    public record Written(long keywordRows, long buildingRows) {}

    /**
     * @param runTag a short unique tag for this run's staging table names (letters, digits, _)
     */
    public Written replacePeriod(long periodId, String runTag, Dataset<Row> keywords, Dataset<Row> buildings)
            throws SQLException {
        requireColumns("keywords", keywords, KEYWORD_COLUMNS);
        requireColumns("buildings", buildings, BUILDING_COLUMNS);
        String tag = runTag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        StagedTable keywordStage = new StagedTable("stat_keyword", "stat_keyword_stage_" + tag, KEYWORD_COLUMNS);
        StagedTable buildingStage = new StagedTable("stat_building", "stat_building_stage_" + tag, BUILDING_COLUMNS);
        try {
            createStage(keywordStage);
            createStage(buildingStage);
            long began = System.nanoTime();
            keywords.foreachPartition(new CopyPartitionWriter(db, keywordStage.stage(), KEYWORD_COLUMNS, fault));
            buildings.foreachPartition(new CopyPartitionWriter(db, buildingStage.stage(), BUILDING_COLUMNS, fault));
            long staged = System.nanoTime();
            Written written = swap(periodId, keywordStage, buildingStage);
            LOG.info("Staged in {} ms, swapped in {} ms", (staged - began) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
            return written;
        } finally {
            dropQuietly(keywordStage);
            dropQuietly(buildingStage);
        }
    }

    private record StagedTable(String target, String stage, List<String> columns) {
        String columnList() {
            return String.join(", ", columns);
        }
    }

    private void createStage(StagedTable table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("drop table if exists " + table.stage());
            // Unlogged: the staged rows are disposable, so skip the WAL; the swap writes them logged.
            st.execute("create unlogged table " + table.stage() + " (like " + table.target() + " including defaults, "
                    + CopyPartitionWriter.PART_COLUMN + " integer not null)");
        }
    }

    private Written swap(long periodId, StagedTable keywords, StagedTable buildings) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                // Two runs of one period swap one after the other; the later one wins whole.
                try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtext('stat_period'), ?)")) {
                    lock.setInt(1, Math.toIntExact(periodId));
                    lock.execute();
                }
                checkPeriod(c, periodId, keywords);
                checkPeriod(c, periodId, buildings);
                deletePeriod(c, "stat_keyword", periodId);
                deletePeriod(c, "stat_building", periodId);
                long keywordRows = insertStaged(c, keywords);
                long buildingRows = insertStaged(c, buildings);
                try (Statement st = c.createStatement()) {
                    st.execute("drop table " + keywords.stage());
                    st.execute("drop table " + buildings.stage());
                }
                c.commit();
                LOG.info("Replaced period {}: {} keyword rows, {} building rows", periodId, keywordRows, buildingRows);
                return new Written(keywordRows, buildingRows);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Staged rows of another period would be deleted nowhere and inserted here: refuse them. */
    private static void checkPeriod(Connection c, long periodId, StagedTable table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select count(*) from " + table.stage() + " where period_id is distinct from ?")) {
            ps.setLong(1, periodId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException(rs.getLong(1) + " staged rows in " + table.stage()
                            + " are not of period " + periodId + "; refusing to swap");
                }
            }
        }
    }

    private static void deletePeriod(Connection c, String table, long periodId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from " + table + " where period_id = ?")) {
            ps.setLong(1, periodId);
            ps.executeUpdate();
        }
    }

    private static long insertStaged(Connection c, StagedTable table) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeLargeUpdate("insert into " + table.target() + " (" + table.columnList() + ") select "
                    + table.columnList() + " from " + table.stage());
        }
    }

    private void dropQuietly(StagedTable table) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("drop table if exists " + table.stage());
        } catch (SQLException e) {
            LOG.warn("Could not drop staging table {} ({}); drop it by hand, it holds no results", table.stage(),
                    e.getMessage());
        }
    }

    private static void requireColumns(String name, Dataset<Row> rows, List<String> expected) {
        List<String> actual = Arrays.asList(rows.columns());
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException("The " + name + " dataset has columns " + actual + "; the writer expects "
                    + expected + " in that order");
        }
    }
}
