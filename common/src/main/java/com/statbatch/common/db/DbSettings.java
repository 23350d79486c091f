package com.statbatch.common.db;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the database is and who to connect as. {@link #toString()} never shows the password.
 * Serializable because executors open their own connections to write the staging tables.
 */
public record DbSettings(String url, String user, String password) implements Serializable {

    public DbSettings {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("db.url '" + url
                    + "' is not a PostgreSQL JDBC URL; expected jdbc:postgresql://HOST:PORT/DATABASE");
        }
    }

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password == null ? "" : password);
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new SQLException("Cannot connect to " + url + " as " + user + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }

    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
