package com.statbatch.job.local;

import com.statbatch.common.db.DbSettings;
import com.statbatch.common.db.SchemaMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The database of a local run: PostgreSQL from the embedded binaries (Maven Central), or the server
 * that DB_URL, DB_USER and DB_PASSWORD name when DB_URL is set.
 */
public final class LocalDatabase implements AutoCloseable {

    private static final String EMBEDDED_USER = "postgres";

    private final EmbeddedPostgres embedded;
    private final DbSettings settings;

    private LocalDatabase(EmbeddedPostgres embedded, DbSettings settings) {
        this.embedded = embedded;
        this.settings = settings;
    }

    public static LocalDatabase start(Map<String, String> env) {
        String url = env.get("DB_URL");
        if (url != null && !url.isBlank()) {
            return new LocalDatabase(
                    null,
                    new DbSettings(
                            url,
                            env.getOrDefault("DB_USER", "statbatch"),
                            env.getOrDefault("DB_PASSWORD", "")));
        }
        try {
            EmbeddedPostgres server =
                    EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
            // Not getJdbcUrl(): it puts the user into the URL, which then shows in every summary
            // line.
            String jdbcUrl = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            return new LocalDatabase(server, new DbSettings(jdbcUrl, EMBEDDED_USER, EMBEDDED_USER));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot start embedded PostgreSQL: "
                            + e.getMessage()
                            + ". It needs a writable temp directory (java.io.tmpdir) and a free local port;"
                            + " or point DB_URL, DB_USER and DB_PASSWORD at a PostgreSQL server of your own.",
                    e);
        }
    }

    public DbSettings settings() {
        return settings;
    }

    String describe() {
        return (embedded != null ? "embedded PostgreSQL at " : "the DB_URL server at ")
                + settings.url()
                + " (user "
                + settings.user()
                + ")";
    }

    /**
     * The statistics tables, and building/building_text as the demo and the master sync expect
     * them.
     */
    public void migrate() {
        SchemaMigrator.migrateStatTables(settings);
        SchemaMigrator.migrateLocalSourceTables(settings);
    }

    /**
     * For --keep-db: prints how to connect and blocks until Ctrl-C; the embedded server stops with
     * the JVM (its shutdown hook). A DB_URL server is not ours to keep or stop.
     */
    void keepRunning(PrintStream out) throws InterruptedException {
        if (embedded == null) {
            out.println(
                    "--keep-db: the database is the DB_URL server; it keeps running as it did before.");
            return;
        }
        int port = embedded.getPort();
        out.println("PostgreSQL keeps running until you press Ctrl-C. Connect with:");
        out.println(
                "  psql -h localhost -p "
                        + port
                        + " -U "
                        + EMBEDDED_USER
                        + " postgres      (password "
                        + EMBEDDED_USER
                        + ")");
        out.println(
                "  DB_URL="
                        + settings.url()
                        + " DB_USER="
                        + EMBEDDED_USER
                        + " DB_PASSWORD="
                        + EMBEDDED_USER
                        + "   (for scripts/run-local.sh, scripts/backfill.sh or the job)");
        new CountDownLatch(1).await();
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
