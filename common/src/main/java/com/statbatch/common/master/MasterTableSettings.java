package com.statbatch.common.master;

import com.statbatch.common.db.SqlIdentifier;
import com.typesafe.config.Config;

/** The application's building table, with every name checked before it reaches SQL. */
public record MasterTableSettings(
        String table, String idColumn, String nameColumn, String addressColumn) {

    public MasterTableSettings {
        SqlIdentifier.require("master.table", table);
        SqlIdentifier.require("master.id-column", idColumn);
        SqlIdentifier.require("master.name-column", nameColumn);
        SqlIdentifier.require("master.address-column", addressColumn);
    }

    public static MasterTableSettings fromConfig(Config config) {
        return new MasterTableSettings(
                config.getString("master.table"),
                config.getString("master.id-column"),
                config.getString("master.name-column"),
                config.getString("master.address-column"));
    }
}
