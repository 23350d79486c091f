package com.statbatch.common.db;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
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
        try {
            // The driver itself, not DriverManager: under spark-submit our jar sits in a child
            // class loader that DriverManager may not have scanned.
            return DRIVER.connect(url, jdbcProperties());
        } catch (SQLException e) {
            throw new SQLException(
                    "Cannot connect to " + url + " as " + user + ": " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    /**
     * The connection properties for this database: user, password and the driver class, as JDBC and
     * Spark's JDBC reader and writer (which need the driver named) take them.
     */
    public Properties jdbcProperties() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        props.setProperty("driver", DRIVER.getClass().getName());
        return props;
    }

    /**
     * This database as configuration overrides ({@code db.url}, {@code db.user}, {@code
     * db.password}): what a run in another process or with its own configuration is given to reach
     * the same database.
     */
    public Map<String, String> configOverrides() {
        return Map.of(
                DbConfiguration.URL_KEY,
                url,
                DbConfiguration.USER_KEY,
                user,
                DbConfiguration.PASSWORD_KEY,
                password == null ? "" : password);
    }

    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
