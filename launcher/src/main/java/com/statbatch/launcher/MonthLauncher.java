package com.statbatch.launcher;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.master.MasterSync;
import com.statbatch.common.period.StatPeriod;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Launches months in order, each one master sync then one guarded submission, over one database
 * connection per invocation. Stops at the first month that fails: the later ones would most likely
 * fail the same way, and Lambda's retry starts again from the first, skipping those already live.
 */
public final class MonthLauncher {

    private final Supplier<DbSettings> db;
    private final MasterSync masterSync;
    private final ExactlyOnceGuard guard;

    public MonthLauncher(Supplier<DbSettings> db, MasterSync masterSync, ExactlyOnceGuard guard) {
        this.db = db;
        this.masterSync = masterSync;
        this.guard = guard;
    }

    public List<LaunchOutcome> launch(List<StatPeriod> periods) {
        String first = periods.get(0).label();
        List<LaunchOutcome> handled = new ArrayList<>();
        try (Connection c = connect(first)) {
            for (StatPeriod period : periods) {
                handled.add(launch(c, period));
            }
        } catch (LaunchFailedException e) {
            throw e.after(handled);
        } catch (SQLException e) {
            String period =
                    handled.size() < periods.size() ? periods.get(handled.size()).label() : first;
            throw new LaunchFailedException(period, Stage.DATABASE, e.getMessage(), e)
                    .after(handled);
        }
        return handled;
    }

    private LaunchOutcome launch(Connection c, StatPeriod period) throws SQLException {
        MasterSync.Result synced;
        try {
            synced = masterSync.sync(c, period);
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(period.label(), Stage.MASTER_SYNC, e.getMessage(), e);
        }
        return guard.launchOnce(c, period, synced);
    }

    private Connection connect(String period) {
        try {
            return db.get().connect();
        } catch (SQLException | RuntimeException e) {
            throw new LaunchFailedException(period, Stage.DATABASE, e.getMessage(), e);
        }
    }
}
