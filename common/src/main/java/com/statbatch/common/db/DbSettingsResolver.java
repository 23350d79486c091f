package com.statbatch.common.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import java.io.IOException;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * Turns the db section of the configuration into {@link DbSettings}. With db.secret-arn set the
 * credentials come from AWS Secrets Manager (the RDS secret JSON), so they never travel in step
 * arguments; otherwise from db.user and db.password (environment variables DB_USER, DB_PASSWORD).
 */
public final class DbSettingsResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DbSettingsResolver() {}

    public static DbSettings resolve(Config config) {
        String url = config.getString("db.url");
        String arn = config.getString("db.secret-arn");
        if (arn.isBlank()) {
            return new DbSettings(
                    url, config.getString("db.user"), config.getString("db.password"));
        }
        return fromSecret(arn, fetchSecret(config, arn), url);
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

    private static String fetchSecret(Config config, String arn) {
        SecretsManagerClientBuilder builder =
                SecretsManagerClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
        String region = config.getString("aws.region");
        if (!region.isBlank()) {
            builder.region(Region.of(region));
        }
        String endpoint = config.getString("aws.secretsmanager-endpoint");
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        try (SecretsManagerClient client = builder.build()) {
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
