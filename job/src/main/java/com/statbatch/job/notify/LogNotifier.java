package com.statbatch.job.notify;

import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunSummary;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no SNS topic is configured: the message that would have been sent goes to the log. */
public final class LogNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

    @Override
    public void succeeded(RunSummary summary) {
        LOG.info(
                "Notification (no SNS topic configured): {}\n{}",
                NotificationMessages.successSubject(summary),
                NotificationMessages.successBody(summary, Optional.empty()));
    }

    @Override
    public void failed(RunFailure failure) {
        LOG.error(
                "Notification (no SNS topic configured): {}\n{}",
                NotificationMessages.failureSubject(failure),
                NotificationMessages.failureBody(failure));
    }
}
