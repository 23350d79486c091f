package com.statbatch.common.db;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.statbatch.common.aws.AwsSettings;
import com.statbatch.common.config.StatBatchConfig;
import com.typesafe.config.Config;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** db.secret-arn against the Secrets Manager API as the AWS SDK speaks it, served locally. */
class SecretsManagerCredentialsTest {

    private static final String ARN =
            "arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:statbatch-db-AbCdEf";

    @RegisterExtension static WireMockExtension secrets = WireMockExtension.newInstance().build();

    private Config config() {
        return StatBatchConfig.load(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "db.secret-arn",
                        ARN,
                        "aws.region",
                        "ap-northeast-2",
                        "aws.secretsmanager-endpoint",
                        secrets.baseUrl()));
    }

    private DbSettings resolve() {
        Config config = config();
        return DbSettingsResolver.resolve(
                DbConfiguration.fromConfig(config), AwsSettings.fromConfig(config));
    }

    @Test
    void credentialsAndAddressComeFromTheRdsSecret() {
        secrets.stubFor(
                post(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                                        .withBody(
                                                "{\"ARN\":\""
                                                        + ARN
                                                        + "\",\"Name\":\"statbatch-db\",\"SecretString\":"
                                                        + "\"{\\\"username\\\":\\\"stat\\\",\\\"password\\\":\\\"p@ss\\\",\\\"host\\\":\\\"db.internal\\\","
                                                        + "\\\"port\\\":5432,\\\"dbname\\\":\\\"app\\\"}\"}")));

        DbSettings db = resolve();

        assertThat(db.url()).isEqualTo("jdbc:postgresql://db.internal:5432/app");
        assertThat(db.user()).isEqualTo("stat");
        assertThat(db.password()).isEqualTo("p@ss");
        secrets.verify(
                postRequestedFor(urlEqualTo("/"))
                        .withRequestBody(containing("\"SecretId\":\"" + ARN + "\"")));
    }

    @Test
    void unreadableSecretSaysWhichArnAndWhatToCheck() {
        secrets.stubFor(
                post(urlEqualTo("/"))
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                                        .withBody(
                                                "{\"__type\":\"AccessDeniedException\",\"message\":\"not allowed\"}")));

        assertThatThrownBy(this::resolve)
                .hasMessageContaining(ARN)
                .hasMessageContaining("secretsmanager:GetSecretValue");
    }
}
