package com.statbatch.common.aws;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Publishes one message to one SNS topic. Shared by the job's completion signal and the launcher's
 * alerts; the client is created once and reused.
 */
public final class SnsPublisher implements AutoCloseable {

    /** SNS rejects subjects over 100 characters or with line breaks. */
    static final int MAX_SUBJECT_CHARS = 100;

    /** SNS rejects messages over 256 KB. */
    static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private final String topicArn;
    private final SnsClient client;

    public SnsPublisher(String topicArn, AwsSettings aws) {
        if (topicArn == null || !topicArn.startsWith("arn:")) {
            throw new IllegalArgumentException(
                    "SNS topic '"
                            + topicArn
                            + "' is not an ARN; expected arn:aws:sns:REGION:ACCOUNT:TOPIC (notify.sns-topic-arn / SNS_TOPIC_ARN)");
        }
        this.topicArn = topicArn;
        this.client =
                aws.configure(
                                SnsClient.builder()
                                        .httpClientBuilder(UrlConnectionHttpClient.builder()),
                                aws.snsEndpoint())
                        .build();
    }

    /** Returns the SNS message id. */
    public String publish(String subject, String message) {
        return client.publish(
                        r ->
                                r.topicArn(topicArn)
                                        .subject(cleanSubject(subject))
                                        .message(clipMessage(message)))
                .messageId();
    }

    public String topicArn() {
        return topicArn;
    }

    static String cleanSubject(String subject) {
        String oneLine = subject.replaceAll("[\\r\\n\\t]+", " ").trim();
        return oneLine.length() <= MAX_SUBJECT_CHARS
                ? oneLine
                : oneLine.substring(0, MAX_SUBJECT_CHARS - 1) + "…";
    }

    static String clipMessage(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_MESSAGE_BYTES) {
            return message;
        }
        String marker = "\n… (cut at SNS's 256 KB limit)";
        int keep = MAX_MESSAGE_BYTES - marker.getBytes(StandardCharsets.UTF_8).length;
        String head = new String(bytes, 0, keep, StandardCharsets.UTF_8);
        // A cut inside a multi-byte character decodes to U+FFFD; drop it.
        return head.replaceAll("\uFFFD+$", "") + marker;
    }

    @Override
    public void close() {
        client.close();
    }
}
