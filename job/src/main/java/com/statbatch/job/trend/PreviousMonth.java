package com.statbatch.job.trend;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;
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

    /** building_id, documents. */
    public Dataset<Row> buildings(SparkSession spark) {
        return read(spark, "select building_id, documents from stat_building");
    }

    /** building_id, term, documents: the terms kept last month. */
    public Dataset<Row> terms(SparkSession spark) {
        return read(spark, "select building_id, term, documents from stat_keyword_trend");
    }

    /** building_id, category, documents: every category last month. */
    public Dataset<Row> categories(SparkSession spark) {
        return read(spark, "select building_id, category, documents from stat_category");
    }

    private Dataset<Row> read(SparkSession spark, String select) {
        return spark.read()
                .jdbc(
                        db.url(),
                        "(" + select + " where period_id = " + periodId + ") previous_month",
                        db.jdbcProperties());
    }
}
