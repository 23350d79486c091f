package com.statbatch.common.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.statbatch.common.aws.AwsSettings;
import java.io.IOException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Turns the db section of the configuration ({@link DbConfiguration}) into {@link DbSettings}. With
 * db.secret-arn set the credentials come from AWS Secrets Manager (the RDS secret JSON), so they
 * never travel in step arguments; otherwise from db.user and db.password (environment variables
 * DB_USER, DB_PASSWORD).
 */
public final class DbSettingsResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DbSettingsResolver() {}

    /**
     * @param aws the region and the Secrets Manager endpoint, used only when db.secret-arn is set
     */
    public static DbSettings resolve(DbConfiguration db, AwsSettings aws) {
        if (db.secretArn().isBlank()) {
            return new DbSettings(db.url(), db.user(), db.password());
        }
        return fromSecret(db.secretArn(), fetchSecret(aws, db.secretArn()), db.url());
    }

    /** Reads the RDS secret format: username and password, and host, port, dbname when present. */
    static DbSettings fromSecret(String arn, String secretJson, String fallbackUrl) {
        JsonNode secret;
        try {
            secret = JSON.readTree(secretJson);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Secret "
                            + arn
                            + " is not JSON; expected the RDS secret format"
                            + " {\"username\":…, \"password\":…, \"host\":…, \"port\":…, \"dbname\":…}");
        }
        if (secret == null || !secret.hasNonNull("username") || !secret.hasNonNull("password")) {
            throw new IllegalStateException(
                    "Secret "
                            + arn
                            + " has no username or password field;"
                            + " expected the RDS secret format with username and password.");
        }
        String url = fallbackUrl;
        if (secret.hasNonNull("host") && secret.hasNonNull("dbname")) {
            url =
                    "jdbc:postgresql://"
                            + secret.get("host").asText()
                            + ":"
                            + secret.path("port").asInt(5432)
                            + "/"
                            + secret.get("dbname").asText();
        }
        return new DbSettings(
                url, secret.get("username").asText(), secret.get("password").asText());
    }

    private static String fetchSecret(AwsSettings aws, String arn) {
        try (SecretsManagerClient client =
                aws.configure(
                                SecretsManagerClient.builder()
                                        .httpClientBuilder(UrlConnectionHttpClient.builder()),
                                aws.secretsManagerEndpoint())
                        .build()) {
            return client.getSecretValue(r -> r.secretId(arn)).secretString();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot read database secret "
                            + arn
                            + " from Secrets Manager: "
                            + e.getMessage()
                            + ". Check the ARN, the region (aws.region) and secretsmanager:GetSecretValue.",
                    e);
        }
    }
}
