package com.statbatch.common.db;

import com.typesafe.config.Config;

/**
 * The db section of the configuration as given, before {@link DbSettingsResolver} turns it into a
 * connection (a secret may replace the credentials and the address). {@link #toString()} never
 * shows the password.
 *
 * @param secretArn an AWS Secrets Manager secret in the RDS format, or "" for user and password
 *     (the URL is checked once resolved, in {@link DbSettings})
 * @param migrate whether to apply the Flyway migrations at start-up
 */
public record DbConfiguration(
        String url, String user, String password, String secretArn, boolean migrate) {

    public static final String URL_KEY = "db.url";
    public static final String USER_KEY = "db.user";
    public static final String PASSWORD_KEY = "db.password";
    public static final String SECRET_ARN_KEY = "db.secret-arn";
    public static final String MIGRATE_KEY = "db.migrate";

    public static DbConfiguration fromConfig(Config config) {
        return new DbConfiguration(
                config.getString(URL_KEY),
                config.getString(USER_KEY),
                config.getString(PASSWORD_KEY),
                config.getString(SECRET_ARN_KEY),
                config.getBoolean(MIGRATE_KEY));
    }

    @Override
    public String toString() {
        return "DbConfiguration[url="
                + url
                + ", user="
                + user
                + ", password=***, secretArn="
                + secretArn
                + ", migrate="
                + migrate
                + "]";
    }
}
