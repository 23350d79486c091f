package com.statbatch.job.trend;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Last month's rows in PostgreSQL, which this month's trends compare with. Only calendar months
 * have a previous month; one counts when its results are stored (stat_building has rows for it).
 */
public final class PreviousMonth {

    private final DbSettings db;
    private final long periodId;
    private final String label;

    private PreviousMonth(DbSettings db, long periodId, String label) {
        this.db = db;
        this.periodId = periodId;
        this.label = label;
    }

    public static Optional<PreviousMonth> of(DbSettings db, StatPeriod period) throws SQLException {
        if (period.type() != StatPeriod.Type.MONTH) {
            return Optional.empty();
        }
        StatPeriod previous = StatPeriod.ofMonth(YearMonth.from(period.start()).minusMonths(1));
        try (Connection c = db.connect();
                PreparedStatement st =
                        c.prepareStatement(
                                "select p.period_id from stat_period p"
                                        + " where p.period_type = 'MONTH' and p.start_date = ?"
                                        + " and exists (select 1 from stat_building b"
                                        + " where b.period_id = p.period_id)")) {
            st.setObject(1, previous.start());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new PreviousMonth(db, rs.getLong(1), previous.label()))
                        : Optional.empty();
            }
        }
    }

    public String label() {
        return label;
    }

    /**
     * Last month's rows the trends compare with.
     *
     * @param buildings building_id, documents: every building's documents
     * @param terms building_id, term, documents: the terms kept last month
     * @param categories building_id, category, documents: every category last month
     */
    public record Rows(
            String label, Dataset<Row> buildings, Dataset<Row> terms, Dataset<Row> categories) {}

    /**
     * Last month's rows; {@code keep} is given the buildings' rows, which both trend tables and the
     * report read, so that PostgreSQL is asked for them once (checkpointed, in a run).
     */
    public Rows read(SparkSession spark, UnaryOperator<Dataset<Row>> keep) {
        return new Rows(
                label,
                keep.apply(read(spark, "select building_id, documents from stat_building")),
                read(spark, "select building_id, term, documents from stat_keyword_trend"),
                read(spark, "select building_id, category, documents from stat_category"));
    }

    private Dataset<Row> read(SparkSession spark, String select) {
        return spark.read()
                .jdbc(
                        db.url(),
                        "(" + select + " where period_id = " + periodId + ") previous_month",
                        db.jdbcProperties());
    }
}
