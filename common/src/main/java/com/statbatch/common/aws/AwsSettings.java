package com.statbatch.common.aws;

import com.typesafe.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Region and per-service endpoint overrides from the aws section of the configuration. Empty values
 * leave the SDK's defaults; overrides point clients at S3-compatible servers and stubs. Every
 * endpoint is checked here, so that a typo fails at start-up and not at the first call.
 */
public record AwsSettings(
        String region,
        String snsEndpoint,
        String s3Endpoint,
        String emrEndpoint,
        String secretsManagerEndpoint) {

    public static final String REGION_KEY = "aws.region";
    public static final String SNS_ENDPOINT_KEY = "aws.sns-endpoint";
    public static final String S3_ENDPOINT_KEY = "aws.s3-endpoint";
    public static final String EMR_ENDPOINT_KEY = "aws.emr-endpoint";
    public static final String SECRETSMANAGER_ENDPOINT_KEY = "aws.secretsmanager-endpoint";

    public AwsSettings {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put(SNS_ENDPOINT_KEY, snsEndpoint);
        endpoints.put(S3_ENDPOINT_KEY, s3Endpoint);
        endpoints.put(EMR_ENDPOINT_KEY, emrEndpoint);
        endpoints.put(SECRETSMANAGER_ENDPOINT_KEY, secretsManagerEndpoint);
        endpoints.forEach(AwsSettings::checkEndpoint);
    }

    public static AwsSettings fromConfig(Config config) {
        return new AwsSettings(
                config.getString(REGION_KEY),
                config.getString(SNS_ENDPOINT_KEY),
                config.getString(S3_ENDPOINT_KEY),
                config.getString(EMR_ENDPOINT_KEY),
                config.getString(SECRETSMANAGER_ENDPOINT_KEY));
    }

    /**
     * The region and the SNS endpoint alone, the other endpoints left to AWS: what an alert needs,
     * read apart so that a bad endpoint of another service does not silence the alert about it.
     */
    public static AwsSettings snsOnly(Config config) {
        return new AwsSettings(
                config.getString(REGION_KEY), config.getString(SNS_ENDPOINT_KEY), "", "", "");
    }

    /** Applies the region, and the endpoint when one is given, to any SDK v2 client builder. */
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder, String endpoint) {
        if (!region.isBlank()) {
            builder.region(Region.of(region));
        }
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder;
    }

    private static void checkEndpoint(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    key + " = '" + value + "' is not a valid URI: " + e.getMessage(), e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    key
                            + " = '"
                            + value
                            + "' is not an http(s) URL with a host; give e.g. http://localhost:9000,"
                            + " or leave it empty for the AWS endpoint");
        }
    }
}
