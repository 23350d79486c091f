package com.statbatch.job.run;

import com.statbatch.common.aws.AwsSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hadoop settings that send s3a:// reads and writes where {@code aws.s3-endpoint} points, so
 * the one endpoint key moves the input, the reports and the signed links together. Empty when no
 * endpoint is configured: s3a then uses AWS as the cluster configures it.
 */
final class S3aEndpoint {

    private S3aEndpoint() {}

    static Map<String, String> hadoopSettings(AwsSettings aws) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (aws.s3Endpoint().isBlank()) {
            return settings;
        }
        URI endpoint = URI.create(aws.s3Endpoint());
        settings.put("fs.s3a.endpoint", aws.s3Endpoint());
        // S3-compatible servers are addressed by path, not by bucket host name.
        settings.put("fs.s3a.path.style.access", "true");
        settings.put(
                "fs.s3a.connection.ssl.enabled",
                Boolean.toString(!"http".equals(endpoint.getScheme())));
        if (!aws.region().isBlank()) {
            settings.put("fs.s3a.endpoint.region", aws.region());
        }
        return settings;
    }
}
