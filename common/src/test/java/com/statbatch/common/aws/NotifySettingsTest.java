package com.statbatch.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.statbatch.common.testing.SnsStub;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifySettingsTest {

    @Test
    void noTopicMeansNoPublisher() {
        assertThat(new NotifySettings("").publisher(SnsStub.aws("http://localhost:1"))).isEmpty();
    }

    @Test
    void aTopicGivesAPublisherToIt() {
        Optional<SnsPublisher> publisher =
                new NotifySettings(SnsStub.TOPIC).publisher(SnsStub.aws("http://localhost:1"));

        assertThat(publisher).map(SnsPublisher::topicArn).contains(SnsStub.TOPIC);
        publisher.ifPresent(SnsPublisher::close);
    }
}
