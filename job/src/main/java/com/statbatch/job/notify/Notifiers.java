package com.statbatch.job.notify;

import com.statbatch.common.aws.SnsPublisher;
import com.statbatch.job.JobSettings;

/** SNS when notify.sns-topic-arn is set, else the log. */
public final class Notifiers {

    private Notifiers() {}

    public static Notifier fromSettings(JobSettings settings) {
        if (settings.snsTopicArn().isBlank()) {
            return new LogNotifier();
        }
        return new SnsNotifier(
                new SnsPublisher(settings.snsTopicArn(), settings.aws()),
                new ReportLinks(settings.aws(), settings.linkLifetime()));
    }
}
