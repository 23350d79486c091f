package com.statbatch.common.db;

import java.util.regex.Pattern;

/**
 * Table and column names come from configuration, and nothing from configuration is spliced into
 * SQL unchecked: a name must be a plain PostgreSQL identifier, optionally schema-qualified.
 */
public final class SqlIdentifier {

    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private SqlIdentifier() {}

    /**
     * Returns {@code name} when it is a safe identifier, else throws naming the configuration key.
     *
     * @param configKey where the value came from, e.g. "source.jdbc.table"
     */
    public static String require(String configKey, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(
                    "Configuration key "
                            + configKey
                            + " is empty; it must name a table or column.");
        }
        String[] parts = name.split("\\.", -1);
        boolean valid = parts.length <= 2;
        for (String part : parts) {
            valid &= PART.matcher(part).matches();
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    "Configuration key "
                            + configKey
                            + " = '"
                            + name
                            + "' is not a plain SQL identifier: use letters, digits and underscores"
                            + " (at most 63, not starting with a digit), optionally as schema.name.");
        }
        return name;
    }
}
