package com.statbatch.common.aws;

import com.typesafe.config.Config;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Region and per-service endpoint overrides from the aws section of the configuration. Empty values
 * leave the SDK's defaults; overrides point clients at S3-compatible servers and stubs.
 */
public record AwsSettings(
        String region, String snsEndpoint, String s3Endpoint, String emrEndpoint) {

    public static AwsSettings fromConfig(Config config) {
        return new AwsSettings(
                config.getString("aws.region"),
                config.getString("aws.sns-endpoint"),
                config.getString("aws.s3-endpoint"),
                config.getString("aws.emr-endpoint"));
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
}
