package com.statbatch.job.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.db.DbSettings;
import org.junit.jupiter.api.Test;

class DatabaseFlagsTest {

    @Test
    void eachDatabaseKeyBecomesOneSetFlagInKeyOrder() {
        DbSettings db = new DbSettings("jdbc:postgresql://localhost:5999/stats", "batch", "s3cret");

        assertThat(DatabaseFlags.of(db))
                .containsExactly(
                        "--set", "db.password=s3cret",
                        "--set", "db.url=jdbc:postgresql://localhost:5999/stats",
                        "--set", "db.user=batch");
    }

    @Test
    void aDatabaseWithoutPasswordIsGivenAnEmptyOneNotTheWordNull() {
        DbSettings db = new DbSettings("jdbc:postgresql://localhost:5999/stats", "batch", null);

        assertThat(DatabaseFlags.of(db))
                .contains("db.password=")
                .doesNotContain("db.password=null");
    }
}
