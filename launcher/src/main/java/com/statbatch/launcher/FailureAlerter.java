package com.statbatch.launcher;

import com.statbatch.common.aws.SnsPublisher;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells operators that an invocation failed: an SNS message with the month, the stage and the
 * reason, or an error in the log when no topic is configured. Never throws, so that the original
 * failure is the one Lambda sees; text passes through the redactor first.
 */
final class FailureAlerter {

    private static final Logger LOG = LoggerFactory.getLogger(FailureAlerter.class);

    private final Supplier<Optional<SnsPublisher>> sns;
    private final SecretRedactor redactor;

    FailureAlerter(Supplier<Optional<SnsPublisher>> sns, SecretRedactor redactor) {
        this.sns = sns;
        this.redactor = redactor;
    }

    void alert(
            String period,
            Stage stage,
            String reason,
            List<LaunchOutcome> handledBefore,
            String requestId) {
        String subject = "stat-batch launcher FAILED " + period + " at " + stage.label();
        String message =
                redactor.redact(
                        String.join(
                                "\n",
                                "The stat-batch launcher could not launch " + period + ".",
                                "Period: " + period,
                                "Stage: " + stage.label(),
                                "Reason: " + reason,
                                "Handled before the failure: " + describe(handledBefore),
                                "Lambda request id: " + requestId,
                                "Lambda retries asynchronous invocations and then sends them to the dead-letter queue;"
                                        + " a retry never submits a second step for a month that already has a live one."));
        LOG.error("{}\n{}", subject, message);
        try {
            sns.get().ifPresent(topic -> topic.publish(subject, message));
        } catch (RuntimeException e) {
            LOG.error(
                    "The SNS alert for {} could not be sent: {}",
                    period,
                    redactor.redact(e.getMessage()));
        }
    }

    private static String describe(List<LaunchOutcome> outcomes) {
        return outcomes.isEmpty()
                ? "none"
                : outcomes.stream().map(LaunchOutcome::toString).collect(Collectors.joining("; "));
    }
}
