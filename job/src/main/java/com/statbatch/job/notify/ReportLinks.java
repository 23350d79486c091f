package com.statbatch.job.notify;

import com.statbatch.common.aws.AwsSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Pre-signed HTTPS links to reports on S3, so the people who get the notification can download the
 * CSV without AWS credentials. Links signed with temporary (instance-profile) credentials stop
 * working when those credentials expire, whatever the requested lifetime.
 */
public final class ReportLinks implements AutoCloseable {

    private final S3Presigner presigner;
    private final Duration lifetime;

    public ReportLinks(AwsSettings aws, Duration lifetime) {
        S3Presigner.Builder builder = S3Presigner.builder();
        if (!aws.region().isBlank()) {
            builder.region(Region.of(aws.region()));
        }
        if (!aws.s3Endpoint().isBlank()) {
            // S3-compatible servers are addressed by path, not by bucket host name.
            builder.endpointOverride(URI.create(aws.s3Endpoint()))
                    .serviceConfiguration(
                            S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        this.presigner = builder.build();
        this.lifetime = lifetime;
    }

    /**
     * A pre-signed GET link for s3:// and s3a:// locations; null for anything else (local files).
     */
    public String linkTo(String location) {
        URI uri = URI.create(location);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("s3")) {
            return null;
        }
        String key = uri.getPath().replaceFirst("^/", "");
        return presigner
                .presignGetObject(
                        r ->
                                r.signatureDuration(lifetime)
                                        .getObjectRequest(
                                                get -> get.bucket(uri.getHost()).key(key)))
                .url()
                .toString();
    }

    public Duration lifetime() {
        return lifetime;
    }

    @Override
    public void close() {
        presigner.close();
    }
}
