package com.statbatch.launcher;

import com.statbatch.common.aws.SnsPublisher;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a message to the people on the alert topic, or to the log when no topic is configured.
 * Unlike {@link FailureAlerter} it lets an SNS failure through: the step-failure and freshness
 * alerts are the reason their invocation exists, so the invocation fails and Lambda retries it.
 */
final class AlertTopic {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTopic.class);

    private final Supplier<Optional<SnsPublisher>> sns;

    AlertTopic(Supplier<Optional<SnsPublisher>> sns) {
        this.sns = sns;
    }

    void send(String subject, String message) {
        LOG.error("{}\n{}", subject, message);
        sns.get().ifPresent(topic -> topic.publish(subject, message));
    }
}
