package com.statbatch.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void theKnownPasswordIsReplacedWherever() {
        SecretRedactor redactor = new SecretRedactor(() -> "s3cr3t!pw");

        assertThat(redactor.redact("auth failed for s3cr3t!pw")).isEqualTo("auth failed for ***");
    }

    @Test
    void passwordPairsAreReplacedEvenWhenThePasswordIsNotKnown() {
        SecretRedactor redactor = new SecretRedactor(() -> null);

        assertThat(
                        redactor.redact(
                                "Cannot connect to jdbc:postgresql://db:5432/x?user=a&password=p4ss&ssl=true"))
                .isEqualTo(
                        "Cannot connect to jdbc:postgresql://db:5432/x?user=a&password=***&ssl=true");
        assertThat(redactor.redact("PASSWORD: p4ss")).isEqualTo("PASSWORD: ***");
    }

    @Test
    void veryShortPasswordsAreLeftAloneRatherThanBlankingOrdinaryText() {
        SecretRedactor redactor = new SecretRedactor(() -> "a");

        assertThat(redactor.redact("a cluster")).isEqualTo("a cluster");
    }
}
