package com.statbatch.job.notify;

import com.statbatch.common.aws.AwsSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Pre-signed HTTPS links to reports on S3, so the people who get the notification can download the
 * CSV without AWS credentials. A link dies with the credentials that signed it: on EMR those are
 * the instance profile's temporary credentials, which expire within hours, so each link is signed
 * for, and reported with, the earlier of the configured lifetime and that expiry.
 */
public final class ReportLinks implements AutoCloseable {

    private final AwsSettings aws;
    private final Duration lifetime;
    private final AwsCredentialsProvider credentials;
    private final Clock clock;

    public ReportLinks(AwsSettings aws, Duration lifetime) {
        this(aws, lifetime, DefaultCredentialsProvider.builder().build(), Clock.systemUTC());
    }

    public ReportLinks(
            AwsSettings aws, Duration lifetime, AwsCredentialsProvider credentials, Clock clock) {
        this.aws = aws;
        this.lifetime = lifetime;
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * A pre-signed GET link for s3:// and s3a:// locations; empty for anything else (local files).
     */
    public Optional<ReportLink> linkTo(String location) {
        URI uri = URI.create(location);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("s3")) {
            return Optional.empty();
        }
        String bucket = uri.getHost();
        String key = uri.getPath().replaceFirst("^/", "");
        // Sign with exactly the credentials whose expiry is reported, not a later refresh.
        AwsCredentials signing = credentials.resolveCredentials();
        Instant now = clock.instant();
        Instant configuredEnd = now.plus(lifetime);
        Instant expires =
                signing.expirationTime()
                        .filter(e -> e.isBefore(configuredEnd))
                        .orElse(configuredEnd);
        Duration valid = Duration.between(now, expires);
        if (valid.isNegative() || valid.isZero()) {
            throw new IllegalStateException(
                    "The credentials for signing the report link expired at "
                            + expires
                            + "; the link to "
                            + location
                            + " would not work");
        }
        try (S3Presigner presigner = presigner(signing)) {
            String url =
                    presigner
                            .presignGetObject(
                                    r ->
                                            r.signatureDuration(valid)
                                                    .getObjectRequest(
                                                            get -> get.bucket(bucket).key(key)))
                            .url()
                            .toString();
            return Optional.of(
                    new ReportLink(
                            url,
                            expires,
                            valid,
                            expires.isBefore(configuredEnd),
                            consoleUrl(bucket, key)));
        }
    }

    private S3Presigner presigner(AwsCredentials signing) {
        S3Presigner.Builder builder =
                S3Presigner.builder()
                        .credentialsProvider(StaticCredentialsProvider.create(signing));
        if (!aws.region().isBlank()) {
            builder.region(Region.of(aws.region()));
        }
        if (!aws.s3Endpoint().isBlank()) {
            // S3-compatible servers are addressed by path, not by bucket host name.
            builder.endpointOverride(URI.create(aws.s3Endpoint()))
                    .serviceConfiguration(
                            S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    private String consoleUrl(String bucket, String key) {
        String region = aws.region().isBlank() ? "" : "region=" + aws.region() + "&";
        return "https://console.aws.amazon.com/s3/object/"
                + bucket
                + "?"
                + region
                + "prefix="
                + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    @Override
    public void close() {
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the credentials provider", e);
            }
        }
    }
}
