package com.statbatch.common.aws;

import com.typesafe.config.Config;
import java.util.Optional;

/**
 * The notify section: the SNS topic that hears about every run, or "" for the log alone.
 *
 * @param snsTopicArn the topic's ARN, or "" for none
 */
public record NotifySettings(String snsTopicArn) {

    public static final String SNS_TOPIC_ARN_KEY = "notify.sns-topic-arn";

    public static NotifySettings fromConfig(Config config) {
        return new NotifySettings(config.getString(SNS_TOPIC_ARN_KEY));
    }

    /** A publisher to the topic through the given region and endpoint, when a topic is set. */
    public Optional<SnsPublisher> publisher(AwsSettings aws) {
        return snsTopicArn.isBlank()
                ? Optional.empty()
                : Optional.of(new SnsPublisher(snsTopicArn, aws));
    }
}
