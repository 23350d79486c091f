package com.statbatch.job.sink;

import com.statbatch.common.db.DbSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Replaces a period's rows in stat_keyword and stat_building, all or nothing.
 *
 * <p>The executors COPY the new rows into staging tables in parallel. The keyword stage is then
 * indexed and checked like a partition of stat_keyword; one short transaction detaches and drops
 * the period's old partition, attaches the stage in its place, and replaces the period's few
 * stat_building rows. Whatever fails before that commit (a task, an executor, the connection, a
 * constraint) leaves the previous results as they were, and running the same period again gives the
 * same tables.
 */
public final class StagingSwapWriter {

    private static final Logger LOG = LoggerFactory.getLogger(StagingSwapWriter.class);

    /**
     * Result rows as written: the staged datasets must have exactly these columns, in this order.
     */
    public static final List<String> KEYWORD_COLUMNS =
            List.of(
                    "period_id",
                    "building_id",
                    "term",
                    "pos",
                    "term_freq",
                    "doc_freq",
                    "tfidf",
                    "rank");

    public static final List<String> BUILDING_COLUMNS =
            List.of(
                    "period_id",
                    "building_id",
                    "documents",
                    "empty_documents",
                    "tokens",
                    "distinct_terms",
                    "top_terms");

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
     * Work that must commit or roll back with the swap (the run row saying whose rows these are).
     */
    @FunctionalInterface
    public interface InSwap {
        InSwap NOTHING = c -> {};

        void run(Connection swap) throws Exception;
    }

    /**
     * @param runTag a short unique tag for this run's staging table names (letters, digits, _)
     * @param inSwap runs inside the swap transaction, just before its commit
     */
    public Written replacePeriod(
            long periodId,
            String runTag,
            Dataset<Row> keywords,
            Dataset<Row> buildings,
            InSwap inSwap)
            throws Exception {
        requireColumns("keywords", keywords, KEYWORD_COLUMNS);
        requireColumns("buildings", buildings, BUILDING_COLUMNS);
        String tag = runTag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String keywordStage = "stat_keyword_stage_" + tag;
        String buildingStage = "stat_building_stage_" + tag;
        try {
            long began = System.nanoTime();
            // Logged: it becomes the period's partition. The building stage is copied, so skip the
            // WAL.
            createStage(
                    "create table "
                            + keywordStage
                            + " (like stat_keyword including defaults including constraints");
            createStage(
                    "create unlogged table "
                            + buildingStage
                            + " (like stat_building including defaults");
            keywords.foreachPartition(
                    new CopyPartitionWriter(db, keywordStage, KEYWORD_COLUMNS, fault));
            buildings.foreachPartition(
                    new CopyPartitionWriter(db, buildingStage, BUILDING_COLUMNS, fault));
            long staged = System.nanoTime();
            prepareAsPartition(keywordStage, periodId);
            long prepared = System.nanoTime();
            Written written = swap(periodId, keywordStage, buildingStage, inSwap);
            LOG.info(
                    "Period {}: staged in {} ms, indexed in {} ms, swapped in {} ms",
                    periodId,
                    (staged - began) / 1_000_000,
                    (prepared - staged) / 1_000_000,
                    (System.nanoTime() - prepared) / 1_000_000);
            return written;
        } finally {
            dropQuietly(keywordStage);
            dropQuietly(buildingStage);
        }
    }

    private void createStage(String createPrefix) throws SQLException {
        execute(createPrefix + ", " + CopyPartitionWriter.PART_COLUMN + " integer not null)");
    }

    /**
     * Gives the stage what a partition of the period needs before the swap, outside its
     * transaction: no staging column, the period as a checked constraint (which also rejects rows
     * of another period and spares ATTACH its validation scan), and the parent's indexes, built in
     * bulk.
     */
    private void prepareAsPartition(String stage, long periodId) throws SQLException {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.execute("alter table " + stage + " drop column " + CopyPartitionWriter.PART_COLUMN);
            st.execute(
                    "alter table "
                            + stage
                            + " add constraint period_only check (period_id = "
                            + periodId
                            + ")");
            st.execute(
                    "alter table "
                            + stage
                            + " add constraint "
                            + stage
                            + "_pkey primary key (period_id, building_id, term, pos)");
            st.execute(
                    "create index "
                            + stage
                            + "_rank on "
                            + stage
                            + " (period_id, building_id, rank)");
            st.execute("analyze " + stage);
        }
    }

    private Written swap(long periodId, String keywordStage, String buildingStage, InSwap inSwap)
            throws Exception {
        String partition = "stat_keyword_p" + periodId;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // Two runs of one period swap one after the other; the later one wins whole.
                PeriodLock.forTransaction(st, periodId);
                if (exists(c, partition)) {
                    st.execute("alter table stat_keyword detach partition " + partition);
                    st.execute("drop table " + partition);
                }
                st.execute("alter table " + keywordStage + " rename to " + partition);
                st.execute(
                        "alter index " + keywordStage + "_pkey rename to " + partition + "_pkey");
                st.execute(
                        "alter index " + keywordStage + "_rank rename to " + partition + "_rank");
                st.execute(
                        "alter table stat_keyword attach partition "
                                + partition
                                + " for values in ("
                                + periodId
                                + ")");
                long keywordRows = count(c, partition);
                st.executeUpdate("delete from stat_building where period_id = " + periodId);
                String columns = String.join(", ", BUILDING_COLUMNS);
                long buildingRows =
                        st.executeLargeUpdate(
                                "insert into stat_building ("
                                        + columns
                                        + ") select "
                                        + columns
                                        + " from "
                                        + buildingStage
                                        + " where period_id = "
                                        + periodId);
                long strays = count(c, buildingStage) - buildingRows;
                if (strays != 0) {
                    throw new IllegalStateException(
                            strays
                                    + " staged building rows are not of period "
                                    + periodId
                                    + "; refusing to swap");
                }
                st.execute("drop table " + buildingStage);
                inSwap.run(c);
                c.commit();
                LOG.info(
                        "Replaced period {}: {} keyword rows, {} building rows",
                        periodId,
                        keywordRows,
                        buildingRows);
                return new Written(keywordRows, buildingRows);
            } catch (Exception e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    /** A lost connection cannot roll back, and its server already has; keep the first error. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is not null")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private void dropQuietly(String stage) {
        try {
            execute("drop table if exists " + stage);
        } catch (SQLException e) {
            LOG.warn(
                    "Could not drop staging table {} ({}); drop it by hand, it holds no results",
                    stage,
                    e.getMessage());
        }
    }

    private static void requireColumns(String name, Dataset<Row> rows, List<String> expected) {
        List<String> actual = Arrays.asList(rows.columns());
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException(
                    "The "
                            + name
                            + " dataset has columns "
                            + actual
                            + "; the writer expects "
                            + expected
                            + " in that order");
        }
    }
}
