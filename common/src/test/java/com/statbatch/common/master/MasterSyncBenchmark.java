package com.statbatch.common.master;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import com.statbatch.common.period.StatPeriod;
import com.statbatch.common.testing.LocalPostgres;
import com.statbatch.common.testing.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The master sync at scale, measured: a building master of N buildings (100,000 by default) copied
 * into stat_dimension, then changed (a tenth renamed, a twentieth gone, a twentieth new) and synced
 * again in one transaction, then synced once more with nothing changed. Prints seconds and counts
 * per pass and checks the tables against what the changes must give. A program, not a test: run it
 * with scripts/bench-master-sync.sh.
 */
public final class MasterSyncBenchmark {

    private static final double TARGET_SECONDS = 10.0;

    private MasterSyncBenchmark() {}

    public static void main(String[] args) throws SQLException {
        int buildings = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        DbSettings db = LocalPostgres.freshDatabase();
        SchemaMigrator.migrateStatTables(db);
        SchemaMigrator.migrateLocalSourceTables(db);
        Sql.execute(
                db,
                "insert into building (building_id, name, address)"
                        + " select g, '건물 ' || g, '서울 중구 세종대로 ' || g from generate_series(1, "
                        + buildings
                        + ") g");
        MasterSync sync =
                new MasterSync(
                        new MasterTableSettings("building", "building_id", "name", "address"));
        StatPeriod period = StatPeriod.ofMonth(YearMonth.of(2026, 10));
        System.out.printf(
                Locale.ROOT,
                "master sync of %,d buildings (PostgreSQL %s), one transaction per pass%n",
                buildings,
                Sql.one(db, "show server_version"));
        System.out.printf(
                Locale.ROOT,
                "%-44s %8s %9s %9s %11s%n",
                "pass",
                "seconds",
                "inserted",
                "updated",
                "deactivated");

        MasterSync.Result first = timed("first sync (every building new)", sync, db, period);
        int renamed = buildings / 10;
        int gone = buildings / 20;
        int added = buildings / 20;
        Sql.execute(db, "update building set name = name || ' (개명)' where building_id % 10 = 0");
        Sql.execute(db, "delete from building where building_id % 20 = 1");
        Sql.execute(
                db,
                "insert into building (building_id, name, address) select g, '새 건물 ' || g, null"
                        + " from generate_series("
                        + (buildings + 1)
                        + ", "
                        + (buildings + added)
                        + ") g");
        MasterSync.Result changed =
                timed("renames, deactivations and new buildings", sync, db, period);
        MasterSync.Result again = timed("the same sync again (idempotent)", sync, db, period);

        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("the first pass inserted every building", first.inserted() == buildings);
        checks.put("the second pass inserted the new buildings", changed.inserted() == added);
        checks.put("the second pass renamed a tenth", changed.updated() == renamed);
        checks.put("the second pass deactivated the removed", changed.deactivated() == gone);
        checks.put(
                "the third pass changed nothing",
                again.inserted() + again.updated() + again.deactivated() == 0);
        checks.put(
                "stat_dimension kept every building",
                count(db, "stat_dimension") == buildings + added);
        checks.put(
                "the removed buildings are inactive",
                count(db, "stat_dimension where not active") == gone);
        checks.put("one period", count(db, "stat_period") == 1);
        List<String> problems =
                checks.entrySet().stream()
                        .filter(check -> !check.getValue())
                        .map(Map.Entry::getKey)
                        .toList();
        if (!problems.isEmpty()) {
            System.out.println(
                    "FAILED: the tables are not what the changes must give: " + problems);
            System.exit(1);
        }
        System.out.println(
                "tables checked: "
                        + (buildings + added)
                        + " dimensions, "
                        + gone
                        + " inactive, renames applied, 1 period; the third pass changed nothing");
    }

    private static MasterSync.Result timed(
            String pass, MasterSync sync, DbSettings db, StatPeriod period) throws SQLException {
        try (Connection c = db.connect()) {
            long start = System.nanoTime();
            MasterSync.Result result = sync.sync(c, period);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %8.2f %9d %9d %11d  %s%n",
                    pass,
                    seconds,
                    result.inserted(),
                    result.updated(),
                    result.deactivated(),
                    seconds < TARGET_SECONDS ? "(< 10 s: met)" : "(< 10 s: NOT met)");
            return result;
        }
    }

    private static long count(DbSettings db, String from) {
        return Long.parseLong(Sql.one(db, "select count(*) from " + from));
    }
}
