package com.statbatch.common.master;

import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the building master into stat_dimension and makes sure the period exists in stat_period,
 * in one transaction. Idempotent, and shared by the launcher and the job so that a backfill by
 * spark-submit alone has its master rows too.
 */
public final class MasterSync {

    private static final Logger LOG = LoggerFactory.getLogger(MasterSync.class);

    /**
     * Serialises concurrent syncs (a retried Lambda racing a backfill) without blocking readers.
     */
    private static final long ADVISORY_LOCK_KEY = 0x5741_7442_4D53L;

    private final MasterTableSettings master;

    public MasterSync(MasterTableSettings master) {
        this.master = master;
    }

    /**
     * New buildings inserted, changed ones updated, vanished ones marked inactive (never deleted).
     */
    public record Result(long periodId, int inserted, int updated, int deactivated) {}

    public Result sync(Connection connection, StatPeriod period) throws SQLException {
        return sync(connection, period, OptionalLong.empty());
    }

    /**
     * The same, for a period whose id the caller was given (the launcher passes the job the id it
     * resolved): the id is checked to name this period instead of being resolved again.
     */
    public Result sync(Connection connection, StatPeriod period, OptionalLong knownPeriodId)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement lock = connection.createStatement()) {
                lock.execute("select pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
            }
            int[] upserted = upsertDimensions(connection);
            int deactivated = deactivateVanished(connection);
            long periodId =
                    knownPeriodId.isPresent()
                            ? requirePeriod(connection, knownPeriodId.getAsLong(), period)
                            : ensurePeriod(connection, period);
            connection.commit();
            Result result = new Result(periodId, upserted[0], upserted[1], deactivated);
            LOG.info("Master sync for {}: {}", period.label(), result);
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private int[] upsertDimensions(Connection connection) throws SQLException {
        String sql =
                "with upserted as ("
                        + " insert into stat_dimension (building_id, name, address, active)"
                        + " select "
                        + master.idColumn()
                        + ", "
                        + master.nameColumn()
                        + ", "
                        + master.addressColumn()
                        + ", true"
                        + " from "
                        + master.table()
                        + " on conflict (building_id) do update"
                        + " set name = excluded.name, address = excluded.address, active = true, updated_at = now()"
                        + " where stat_dimension.name is distinct from excluded.name"
                        + "    or stat_dimension.address is distinct from excluded.address"
                        + "    or not stat_dimension.active"
                        + " returning (xmax = 0) as inserted)"
                        + " select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted";
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }

    private int deactivateVanished(Connection connection) throws SQLException {
        String sql =
                "update stat_dimension d set active = false, updated_at = now()"
                        + " where d.active and not exists (select 1 from "
                        + master.table()
                        + " s"
                        + " where s."
                        + master.idColumn()
                        + " = d.building_id)";
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    /** Inserts the period if it is absent and returns its id either way. */
    public static long ensurePeriod(Connection connection, StatPeriod period) throws SQLException {
        String sql =
                "insert into stat_period (period_type, start_date, end_date, time_zone) values (?, ?, ?, ?)"
                        + " on conflict (period_type, start_date, end_date) do nothing";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, period.type().name());
            insert.setDate(2, Date.valueOf(period.start()));
            insert.setDate(3, Date.valueOf(period.endExclusive()));
            insert.setString(4, StatPeriod.ZONE.getId());
            insert.executeUpdate();
        }
        return findPeriodId(connection, period);
    }

    private static long requirePeriod(Connection connection, long periodId, StatPeriod period)
            throws SQLException {
        String sql =
                "select period_type, start_date, end_date from stat_period where period_id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, periodId);
            try (ResultSet rs = select.executeQuery()) {
                String found =
                        rs.next()
                                ? rs.getString(1) + " " + rs.getDate(2) + ".." + rs.getDate(3)
                                : "no row";
                String expected =
                        period.type() + " " + period.start() + ".." + period.endExclusive();
                if (!found.equals(expected)) {
                    throw new IllegalArgumentException(
                            "Period id "
                                    + periodId
                                    + " is "
                                    + found
                                    + " in stat_period, not "
                                    + expected
                                    + " ("
                                    + period.label()
                                    + "); pass the id the launcher resolved for this period, or"
                                    + " leave --period-id out to resolve it here");
                }
            }
        }
        return periodId;
    }

    private static long findPeriodId(Connection connection, StatPeriod period) throws SQLException {
        String sql =
                "select period_id from stat_period where period_type = ? and start_date = ? and end_date = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, period.type().name());
            select.setDate(2, Date.valueOf(period.start()));
            select.setDate(3, Date.valueOf(period.endExclusive()));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException(
                            "stat_period has no row for " + period + " right after inserting it");
                }
                return rs.getLong(1);
            }
        }
    }
}
