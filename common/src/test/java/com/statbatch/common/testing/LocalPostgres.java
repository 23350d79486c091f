package com.statbatch.common.testing;

import com.statbatch.common.db.DbSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM (embedded binaries from Maven Central), and a fresh,
 * empty database for each caller so tests never see each other's rows.
 */
public final class LocalPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private LocalPostgres() {}

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            server.close();
                                        } catch (IOException e) {
                                            System.err.println(
                                                    "Embedded PostgreSQL did not stop cleanly: "
                                                            + e);
                                        }
                                    }));
        }
        return server;
    }

    /** Creates an empty database and returns how to reach it. */
    public static DbSettings freshDatabase() {
        return create("");
    }

    /**
     * Creates a database holding what {@code template} holds, schema and rows, in one statement
     * (PostgreSQL copies the files): cheaper than migrating and loading a fixture again. Nothing
     * may stay connected to the template.
     */
    public static DbSettings copyOf(DbSettings template) {
        return create(" template " + databaseName(template));
    }

    private static DbSettings create(String clause) {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("create database " + name + clause);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + clause, e);
        }
        return new DbSettings(server().getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** The database a URL of this server names: jdbc:postgresql://host:port/NAME?params. */
    private static String databaseName(DbSettings db) {
        return db.url().replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
    }
}
