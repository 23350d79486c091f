package com.statbatch.common.db;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Where the database is and who to connect as. {@link #toString()} never shows the password.
 * Serializable because executors open their own connections to write the staging tables.
 */
public record DbSettings(String url, String user, String password) implements Serializable {

    private static final Driver DRIVER = new Driver();

    public DbSettings {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "db.url '"
                            + url
                            + "' is not a PostgreSQL JDBC URL; expected jdbc:postgresql://HOST:PORT/DATABASE");
        }
    }

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        try {
            // The driver itself, not DriverManager: under spark-submit our jar sits in a child
            // class
            // loader that DriverManager may not have scanned.
            return DRIVER.connect(url, props);
        } catch (SQLException e) {
            throw new SQLException(
                    "Cannot connect to " + url + " as " + user + ": " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
