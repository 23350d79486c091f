package com.statbatch.job.notify;

import com.statbatch.common.aws.SnsPublisher;
import com.statbatch.job.run.RunFailure;
import com.statbatch.job.run.RunSummary;

/** Publishes the completion messages to the configured SNS topic, with a pre-signed report link. */
public final class SnsNotifier implements Notifier {

    private final SnsPublisher publisher;
    private final ReportLinks links;

    public SnsNotifier(SnsPublisher publisher, ReportLinks links) {
        this.publisher = publisher;
        this.links = links;
    }

    @Override
    public void succeeded(RunSummary summary) {
        publisher.publish(
                NotificationMessages.successSubject(summary),
                NotificationMessages.successBody(
                        summary,
                        links.linkTo(summary.ownKeywordsCsv()),
                        links.linkTo(summary.ownReportHtml())));
    }

    @Override
    public void failed(RunFailure failure) {
        publisher.publish(
                NotificationMessages.failureSubject(failure),
                NotificationMessages.failureBody(failure));
    }

    @Override
    public void close() {
        publisher.close();
        links.close();
    }
}
