package com.statbatch.job.sink;

import com.statbatch.common.db.DbSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a period's rows in stat_keyword and stat_building, all or nothing.
 *
 * <p>The executors COPY the new rows into staging tables in parallel. The keyword stage is then
 * indexed and checked like a partition of stat_keyword; one short transaction detaches and drops
 * the period's old partition, attaches the stage in its place, and replaces the period's few rows
 * in each {@link PeriodTable} (stat_building, stat_category, stat_keyword_trend) from their stages.
 * Whatever fails before that commit (a task, an executor, the connection, a constraint) leaves the
 * previous results as they were, and running the same period again gives the same tables.
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
                    "bg_doc_freq",
                    "score",
                    "rank",
                    "distinctive_rank");

    public static final String KEYWORDS = "stat_keyword";

    /** stat_keyword's primary key: one row per term, whatever tags it got. */
    static final List<String> KEYWORD_KEY = List.of("period_id", "building_id", "term");

    /**
     * A table with a few rows per building and period, replaced by delete and insert inside the
     * swap.
     */
    public record PeriodTable(String name, List<String> columns) {}

    public static final PeriodTable BUILDINGS =
            new PeriodTable(
                    "stat_building",
                    List.of(
                            "period_id",
                            "building_id",
                            "documents",
                            "empty_documents",
                            "tokens",
                            "distinct_terms",
                            "top_terms",
                            "distinctive_terms"));

    public static final PeriodTable CATEGORIES =
            new PeriodTable(
                    "stat_category",
                    List.of(
                            "period_id",
                            "building_id",
                            "category",
                            "documents",
                            "share",
                            "portfolio_documents",
                            "portfolio_share",
                            "previous_documents",
                            "previous_share",
                            "trend_status",
                            "trend_z"));

    public static final PeriodTable KEYWORD_TRENDS =
            new PeriodTable(
                    "stat_keyword_trend",
                    List.of(
                            "period_id",
                            "building_id",
                            "term",
                            "documents",
                            "share",
                            "previous_documents",
                            "previous_share",
                            "trend_status",
                            "trend_z"));

    private final DbSettings db;
    private final WriteFault fault;

    public StagingSwapWriter(DbSettings db) {
        this(db, WriteFault.NONE);
    }

    public StagingSwapWriter(DbSettings db, WriteFault fault) {
        this.db = db;
        this.fault = fault;
    }

    /** Rows per table (stat_keyword and the period tables), in the order they were staged. */
    public record Written(Map<String, Long> rows) {
        public Written {
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }

        public long keywordRows() {
            return rows.getOrDefault(KEYWORDS, 0L);
        }
    }

    /**
     * Work that must commit or roll back with the swap (the run row saying whose rows these are).
     */
    @FunctionalInterface
    public interface InSwap {
        InSwap NOTHING = c -> {};

        void run(Connection swap) throws Exception;
    }

    /**
     * The period's new rows, copied into staging tables and prepared as a partition, not yet
     * visible; closing it drops whatever the swap did not take.
     */
    public final class Staged implements AutoCloseable {
        private final long periodId;
        private final String tag;
        private final Map<PeriodTable, String> periodStages = new LinkedHashMap<>();
        private Written written;

        private Staged(long periodId, String tag) {
            this.periodId = periodId;
            this.tag = tag;
        }

        private String keywordStage() {
            return "stat_keyword_stage_" + tag;
        }

        /** The rows the staging tables hold, per table; the swap counts them again. */
        public Written written() {
            return written;
        }

        /**
         * Makes the staged rows the period's rows in one transaction, if they are as many as the
         * run counted; otherwise nothing changes.
         *
         * @param inSwap runs inside the swap transaction, just before its commit
         */
        public Written swap(Written expected, InSwap inSwap) throws Exception {
            long began = System.nanoTime();
            Written written = StagingSwapWriter.this.swap(this, expected, inSwap);
            LOG.info(
                    "Period {}: swapped in {} ms",
                    periodId,
                    (System.nanoTime() - began) / 1_000_000);
            return written;
        }

        @Override
        public void close() {
            dropQuietly(keywordStage());
            periodStages.values().forEach(StagingSwapWriter.this::dropQuietly);
        }
    }

    /**
     * Copies the rows into staging tables on the executors and prepares the keyword stage as the
     * period's partition; the period's visible rows do not change.
     *
     * @param runTag a short unique tag for this run's staging table names (letters, digits, _)
     * @param periodRows the rows of each period table ({@link #BUILDINGS} and the others), with its
     *     columns in its order
     */
    public Staged stage(
            long periodId,
            String runTag,
            Dataset<Row> keywords,
            Map<PeriodTable, Dataset<Row>> periodRows)
            throws SQLException {
        requireColumns(KEYWORDS, keywords, KEYWORD_COLUMNS);
        periodRows.forEach((table, rows) -> requireColumns(table.name(), rows, table.columns()));
        Staged staged =
                new Staged(periodId, runTag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        try {
            long began = System.nanoTime();
            // Logged: it becomes the period's partition. The others are copied, so skip the WAL.
            createStage(
                    "create table "
                            + staged.keywordStage()
                            + " (like stat_keyword including defaults including constraints");
            keywords.foreachPartition(
                    new CopyPartitionWriter(db, staged.keywordStage(), KEYWORD_COLUMNS, fault));
            for (Map.Entry<PeriodTable, Dataset<Row>> table : periodRows.entrySet()) {
                String stage = table.getKey().name() + "_stage_" + staged.tag;
                staged.periodStages.put(table.getKey(), stage);
                createStage(
                        "create unlogged table "
                                + stage
                                + " (like "
                                + table.getKey().name()
                                + " including defaults");
                table.getValue()
                        .foreachPartition(
                                new CopyPartitionWriter(
                                        db, stage, table.getKey().columns(), fault));
            }
            long copied = System.nanoTime();
            staged.written = countStaged(staged);
            prepareAsPartition(staged.keywordStage(), periodId);
            LOG.info(
                    "Period {}: staged in {} ms, indexed in {} ms",
                    periodId,
                    (copied - began) / 1_000_000,
                    (System.nanoTime() - copied) / 1_000_000);
            return staged;
        } catch (Exception e) {
            // Also Spark's task failures, thrown unchecked from Scala.
            staged.close();
            throw e;
        }
    }

    private Written countStaged(Staged staged) throws SQLException {
        try (Connection c = db.connect()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put(KEYWORDS, count(c, staged.keywordStage()));
            for (Map.Entry<PeriodTable, String> stage : staged.periodStages.entrySet()) {
                rows.put(stage.getKey().name(), count(c, stage.getValue()));
            }
            return new Written(rows);
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
            // Both indexes are built at once, each on its own connection (CREATE INDEX locks
            // allow that); the key then adopts its index without another sort.
            buildIndexesTogether(
                    "create unique index "
                            + stage
                            + "_pkey on "
                            + stage
                            + " ("
                            + String.join(", ", KEYWORD_KEY)
                            + ")",
                    "create index "
                            + stage
                            + "_rank on "
                            + stage
                            + " (period_id, building_id, rank)");
            st.execute(
                    "alter table "
                            + stage
                            + " add constraint "
                            + stage
                            + "_pkey primary key using index "
                            + stage
                            + "_pkey");
            st.execute("analyze " + stage);
        }
    }

    private void buildIndexesTogether(String... statements) throws SQLException {
        ExecutorService builders = Executors.newFixedThreadPool(statements.length);
        try {
            List<Future<Void>> built = new ArrayList<>();
            for (String sql : statements) {
                built.add(
                        builders.submit(
                                () -> {
                                    try (Connection c = db.connect();
                                            Statement st = c.createStatement()) {
                                        st.execute("set maintenance_work_mem = '256MB'");
                                        st.execute(sql);
                                    }
                                    return null;
                                }));
            }
            for (Future<Void> index : built) {
                index.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Building a staging index failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the staging indexes", e);
        } finally {
            builders.shutdownNow();
        }
    }

    private Written swap(Staged staged, Written expected, InSwap inSwap) throws Exception {
        long periodId = staged.periodId;
        String partition = "stat_keyword_p" + periodId;
        String keywordStage = staged.keywordStage();
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
                Map<String, Long> rows = new LinkedHashMap<>();
                rows.put(KEYWORDS, count(c, partition));
                for (Map.Entry<PeriodTable, String> table : staged.periodStages.entrySet()) {
                    rows.put(
                            table.getKey().name(),
                            replaceRows(st, c, table.getKey(), table.getValue(), periodId));
                }
                Written written = new Written(rows);
                if (!written.equals(expected)) {
                    throw new IllegalStateException(
                            "Period "
                                    + periodId
                                    + ": staged "
                                    + written.rows()
                                    + " but the run counted "
                                    + expected.rows()
                                    + "; refusing to swap (a task wrote twice or lost rows; rerun"
                                    + " the period)");
                }
                inSwap.run(c);
                c.commit();
                LOG.info("Replaced period {}: {}", periodId, rows);
                return written;
            } catch (Exception e) {
                rollback(c, e);
                throw e;
            }
        }
    }

    private static long replaceRows(
            Statement st, Connection c, PeriodTable table, String stage, long periodId)
            throws SQLException {
        st.executeUpdate("delete from " + table.name() + " where period_id = " + periodId);
        String columns = String.join(", ", table.columns());
        long inserted =
                st.executeLargeUpdate(
                        "insert into "
                                + table.name()
                                + " ("
                                + columns
                                + ") select "
                                + columns
                                + " from "
                                + stage
                                + " where period_id = "
                                + periodId);
        long strays = count(c, stage) - inserted;
        if (strays != 0) {
            throw new IllegalStateException(
                    strays
                            + " staged "
                            + table.name()
                            + " rows are not of period "
                            + periodId
                            + "; refusing to swap");
        }
        st.execute("drop table " + stage);
        return inserted;
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
