package com.statbatch.job.source;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Texts from a PostgreSQL table, read in parallel: the period predicate runs in PostgreSQL (on the
 * indexed created_at), split into contiguous day ranges of about equal row counts, or id ranges,
 * one Spark partition each.
 */
public final class JdbcTextSource implements TextSource {

    private final DbSettings db;
    private final JdbcSourceSettings settings;
    private final SourceColumns columns;

    public JdbcTextSource(DbSettings db, JdbcSourceSettings settings, SourceColumns columns) {
        this.db = db;
        this.settings = settings;
        this.columns = columns;
    }

    @Override
    public Dataset<Row> read(SparkSession spark, StatPeriod period) {
        Dataset<Row> table =
                switch (settings.partitionBy()) {
                    case DAY ->
                            spark.read()
                                    .jdbc(
                                            db.url(),
                                            settings.table(),
                                            dayRangePredicates(period, settings.numPartitions()),
                                            connectionProperties());
                    case ID -> readByIdRange(spark, period);
                };
        return table.select(
                col(columns.building()).as(RawTextColumns.BUILDING_ID),
                col(columns.createdAt()).as(RawTextColumns.CREATED_AT),
                col(columns.body()).cast(DataTypes.StringType).as(RawTextColumns.BODY),
                lit(null).cast(DataTypes.StringType).as(RawTextColumns.FORMAT_PROBLEM),
                col(columns.id()).cast(DataTypes.StringType).as(RawTextColumns.TEXT_ID));
    }

    /**
     * The period's days in at most {@code maxPartitions} contiguous ranges of about equal row
     * counts.
     */
    String[] dayRangePredicates(StatPeriod period, int maxPartitions) {
        return DayRanges.balance(
                        rowsPerDay(period), period.start(), period.endExclusive(), maxPartitions)
                .stream()
                .map(range -> timeRange(range.start(), range.endExclusive()))
                .toArray(String[]::new);
    }

    /** Rows per Seoul day, counted in PostgreSQL over the created_at index. */
    private SortedMap<LocalDate, Long> rowsPerDay(StatPeriod period) {
        String sql =
                "select ("
                        + columns.createdAt()
                        + " at time zone 'Asia/Seoul')::date, count(*) from "
                        + settings.table()
                        + " where "
                        + timeRange(period.start(), period.endExclusive())
                        + " group by 1";
        SortedMap<LocalDate, Long> rows = new TreeMap<>();
        try (Connection c = db.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot count the rows per day of "
                            + settings.table()
                            + " (column "
                            + columns.createdAt()
                            + "): "
                            + e.getMessage(),
                    e);
        }
        return rows;
    }

    private String timeRange(LocalDate from, LocalDate toExclusive) {
        return columns.createdAt()
                + " >= timestamptz '"
                + from.atStartOfDay(StatPeriod.ZONE).toOffsetDateTime()
                + "'"
                + " and "
                + columns.createdAt()
                + " < timestamptz '"
                + toExclusive.atStartOfDay(StatPeriod.ZONE).toOffsetDateTime()
                + "'";
    }

    private Dataset<Row> readByIdRange(SparkSession spark, StatPeriod period) {
        String periodRows =
                "(select "
                        + columns.id()
                        + ", "
                        + columns.building()
                        + ", "
                        + columns.createdAt()
                        + ", "
                        + columns.body()
                        + " from "
                        + settings.table()
                        + " where "
                        + timeRange(period.start(), period.endExclusive())
                        + ") period_texts";
        long[] bounds = idBounds(periodRows);
        if (bounds == null) {
            return spark.read().jdbc(db.url(), periodRows, connectionProperties());
        }
        return spark.read()
                .jdbc(
                        db.url(),
                        periodRows,
                        columns.id(),
                        bounds[0],
                        bounds[1] + 1,
                        settings.numPartitions(),
                        connectionProperties());
    }

    private long[] idBounds(String periodRows) {
        String sql =
                "select min(" + columns.id() + "), max(" + columns.id() + ") from " + periodRows;
        try (Connection c = db.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            long min = rs.getLong(1);
            return rs.wasNull() ? null : new long[] {min, rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot read the id range of "
                            + settings.table()
                            + " (source.id-column = "
                            + columns.id()
                            + "); partition-by = id needs a numeric id column: "
                            + e.getMessage(),
                    e);
        }
    }

    private Properties connectionProperties() {
        Properties props = db.jdbcProperties();
        props.setProperty("fetchsize", Integer.toString(settings.fetchSize()));
        return props;
    }

    @Override
    public String describe() {
        return "PostgreSQL table "
                + settings.table()
                + " at "
                + db.url()
                + " (partitioned by "
                + settings.partitionBy().name().toLowerCase(Locale.ROOT)
                + ")";
    }
}
