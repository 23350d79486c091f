package com.statbatch.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.statbatch.common.aws.AwsSettings;
import com.statbatch.common.config.StatBatchConfig;
import com.typesafe.config.Config;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DbSettingsTest {

    private static final DbSettings DB =
            new DbSettings("jdbc:postgresql://db.internal:5432/app", "stat", "s3cr3t");

    @Test
    void jdbcPropertiesCarryTheCredentialsAndNameTheDriver() {
        assertThat(DB.jdbcProperties())
                .containsOnly(
                        entry("user", "stat"),
                        entry("password", "s3cr3t"),
                        entry("driver", "org.postgresql.Driver"));
    }

    @Test
    void aMissingPasswordIsSentEmpty() {
        assertThat(new DbSettings(DB.url(), "stat", null).jdbcProperties())
                .contains(entry("password", ""));
    }

    @Test
    void itsConfigurationOverridesResolveToTheSameDatabase() {
        Config config = StatBatchConfig.load(Optional.empty(), Map.of(), DB.configOverrides());

        DbSettings resolved =
                DbSettingsResolver.resolve(
                        DbConfiguration.fromConfig(config), AwsSettings.fromConfig(config));

        assertThat(resolved).isEqualTo(DB);
    }

    @Test
    void theConfiguredDbSectionIsReadWithoutShowingThePassword() {
        DbConfiguration db =
                DbConfiguration.fromConfig(
                        StatBatchConfig.load(
                                Optional.empty(),
                                Map.of("DB_PASSWORD", "s3cr3t", "DB_MIGRATE", "false"),
                                Map.of()));

        assertThat(db.password()).isEqualTo("s3cr3t");
        assertThat(db.migrate()).isFalse();
        assertThat(db.secretArn()).isEmpty();
        assertThat(db.toString()).doesNotContain("s3cr3t").contains("password=***");
    }
}
