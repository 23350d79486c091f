package com.statbatch.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DbSettingsResolverTest {

    @Test
    void rdsSecretGivesUserPasswordAndUrl() {
        DbSettings db =
                DbSettingsResolver.fromSecret(
                        "arn:x",
                        "{\"username\":\"stat\",\"password\":\"s3cr3t\",\"host\":\"db.internal\",\"port\":5433,\"dbname\":\"app\",\"engine\":\"postgres\"}",
                        "jdbc:postgresql://localhost/other");

        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.internal:5433/app");
        assertThat(db.user()).isEqualTo("stat");
        assertThat(db.password()).isEqualTo("s3cr3t");
        assertThat(db.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void secretWithoutHostKeepsTheConfiguredUrl() {
        DbSettings db =
                DbSettingsResolver.fromSecret(
                        "arn:x",
                        "{\"username\":\"u\",\"password\":\"p\"}",
                        "jdbc:postgresql://localhost/app");

        assertThat(db.url()).isEqualTo("jdbc:postgresql://localhost/app");
    }

    @Test
    void secretWithoutPasswordIsRejectedWithoutEchoingTheSecret() {
        assertThatThrownBy(
                        () ->
                                DbSettingsResolver.fromSecret(
                                        "arn:x",
                                        "{\"username\":\"only-user\"}",
                                        "jdbc:postgresql://h/d"))
                .hasMessageContaining("arn:x")
                .hasMessageNotContaining("only-user");
    }
}
