package com.statbatch.job.sink;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL advisory lock of one period's results: the swap holds it for its transaction, the
 * report publication for its copies, so a publication never lands after a later run's swap.
 */
public final class PeriodLock implements AutoCloseable {

    private final Connection connection;
    private final long periodId;

    private PeriodLock(Connection connection, long periodId) {
        this.connection = connection;
        this.periodId = periodId;
    }

    /** Waits for the period's lock until the transaction on {@code c} ends. */
    static void forTransaction(Statement st, long periodId) throws SQLException {
        st.execute("select pg_advisory_xact_lock(" + key(periodId) + ")");
    }

    /** Waits for the period's lock and holds it on {@code c} until {@link #close}. */
    public static PeriodLock hold(Connection c, long periodId) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("select pg_advisory_lock(" + key(periodId) + ")");
        }
        return new PeriodLock(c, periodId);
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("select pg_advisory_unlock(" + key(periodId) + ")");
        }
    }

    private static String key(long periodId) {
        return "hashtext('stat_period'), " + Math.toIntExact(periodId);
    }
}
