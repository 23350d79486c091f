package com.statbatch.job.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * A pre-signed download link and when it really stops working.
 *
 * @param url pre-signed HTTPS GET
 * @param expires the earlier of the configured lifetime's end and the signing credentials' expiry
 * @param lifetime from signing to {@code expires}
 * @param cutByCredentials true when the credentials expire before the configured lifetime ends
 * @param consoleUrl the object in the S3 console, for people who sign in to AWS
 */
public record ReportLink(
        String url,
        Instant expires,
        Duration lifetime,
        boolean cutByCredentials,
        String consoleUrl) {}
