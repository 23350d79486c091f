package com.statbatch.common.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the versioned schema (conf/db/migration) with Flyway. Safe to call on every start. */
public final class SchemaMigrator {

    private SchemaMigrator() {}

    /** The statistics tables that stat-batch owns. */
    public static MigrateResult migrateStatTables(DbSettings db) {
        return migrate(db, "classpath:db/migration", "flyway_schema_history");
    }

    /**
     * The application's source tables (building, building_text) as stat-batch expects them; only
     * for local runs, benchmarks and tests, where no application owns them.
     */
    public static MigrateResult migrateLocalSourceTables(DbSettings db) {
        return migrate(db, "classpath:db/source", "flyway_source_history");
    }

    private static MigrateResult migrate(DbSettings db, String location, String historyTable) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(db.url(), db.user(), db.password())
                .locations(location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
